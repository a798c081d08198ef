package com.storefront.signage.server.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range (RFC 9110, section 14) resolved against a file's length, so a player on
 * shop Wi-Fi resumes a large video where the connection dropped instead of starting over.
 * Only a single range is honoured: players ask for one, and anything else gets the whole file,
 * which the RFC allows.
 *
 * @param start first byte, inclusive
 * @param end   last byte, inclusive
 */
public record ByteRange(long start, long end) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public long length() {
        return end - start + 1;
    }

    public String contentRange(long total) {
        return "bytes " + start + "-" + end + "/" + total;
    }

    /** What to answer to a Range header. */
    public sealed interface Answer permits Whole, Partial, Unsatisfiable {
    }

    /** No usable Range header: 200 with the whole file. */
    public record Whole() implements Answer {
    }

    /** 206 with this slice. */
    public record Partial(ByteRange range) implements Answer {
    }

    /** 416: the range starts past the end of the file. */
    public record Unsatisfiable() implements Answer {
    }

    public static Answer resolve(String header, long total) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole(); // several ranges, other units or nonsense: ignoring the header is allowed
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2)); // the last N bytes
                if (suffix == 0 || total == 0) {
                    return new Unsatisfiable();
                }
                return new Partial(new ByteRange(Math.max(0, total - suffix), total - 1));
            }
            long start = Long.parseLong(m.group(1));
            if (start >= total) {
                return new Unsatisfiable();
            }
            long end = m.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(m.group(2)), total - 1);
            if (end < start) {
                return new Whole(); // syntactically invalid range: ignore it
            }
            return new Partial(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return new Whole(); // more digits than a long holds
        }
    }
}
