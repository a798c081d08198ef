package com.storefront.signage.server.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, from an HTTP {@code Range} header (RFC 9110, 14.1.2): what a browser's
 * {@code <video>} asks for to read a clip's header and seek without fetching all of it.
 * {@code end} is inclusive, as in the header.
 */
record ByteRange(long start, long end) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    long length() {
        return end - start + 1;
    }

    String contentRange(long size) {
        return "bytes " + start + "-" + end + "/" + size;
    }

    /**
     * The range asked for, clipped to the file; empty when there is no header or it is not one
     * range we read (several ranges, other units), in which case the whole file is the answer.
     *
     * @throws Unsatisfiable when the range starts past the end of the file
     */
    static Optional<ByteRange> parse(String header, long size) throws Unsatisfiable {
        Matcher m = header == null ? null : SINGLE.matcher(header.trim());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long start = Long.parseLong(m.group(1));
        long end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (start >= size) {
            throw new Unsatisfiable();
        }
        if (end < start) {
            return Optional.empty();
        }
        return Optional.of(new ByteRange(start, end));
    }

    /** The range lies outside the file: answered with 416 and the file's size. */
    static final class Unsatisfiable extends Exception {
        Unsatisfiable() {
            super("range not satisfiable", null, false, false);
        }
    }
}
