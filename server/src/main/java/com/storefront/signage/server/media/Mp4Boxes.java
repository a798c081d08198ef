package com.storefront.signage.server.media;

import com.storefront.signage.server.media.Mp4Inspector.InvalidVideoException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ISO-BMFF box headers and fields out of a file held in memory. Every size is checked
 * against what encloses the box and every field read against the box's payload, so damaged or
 * hostile bytes end in an {@link InvalidVideoException} saying where, never in an index error.
 */
final class Mp4Boxes {
    /** Far more than any real file has (a fragmented hour holds a few thousand); bounds the work a crafted file causes. */
    static final int MAX_BOXES = 100_000;

    private final byte[] file;
    private int boxes;

    Mp4Boxes(byte[] file) {
        this.file = file;
    }

    long length() {
        return file.length;
    }

    /** The boxes the file is made of, end to end; one that runs past the end means the file was cut short. */
    List<Mp4Box> topLevel() throws InvalidVideoException {
        return walk(0, file.length, null);
    }

    List<Mp4Box> children(Mp4Box parent) throws InvalidVideoException {
        return children(parent, 0);
    }

    /** Children after {@code skip} bytes of the parent's own fields (a sample description's version and count). */
    List<Mp4Box> children(Mp4Box parent, int skip) throws InvalidVideoException {
        need(parent, skip, 0);
        return walk(parent.payloadStart() + skip, parent.end(), parent);
    }

    Mp4Box require(Mp4Box parent, String type) throws InvalidVideoException {
        for (Mp4Box child : children(parent)) {
            if (child.type().equals(type)) {
                return child;
            }
        }
        throw new InvalidVideoException("box '" + parent.type() + "' at byte " + parent.start() + " has no '" + type
                + "' box inside: the file is damaged");
    }

    int u8(Mp4Box box, int offset) throws InvalidVideoException {
        need(box, offset, 1);
        return file[(int) box.payloadStart() + offset] & 0xff;
    }

    int u16(Mp4Box box, int offset) throws InvalidVideoException {
        need(box, offset, 2);
        return (int) unsigned(box.payloadStart() + offset, 2);
    }

    long u32(Mp4Box box, int offset) throws InvalidVideoException {
        need(box, offset, 4);
        return unsigned(box.payloadStart() + offset, 4);
    }

    /** Above 2^63 this comes out negative; callers treat that as damage, no real length is that long. */
    long u64(Mp4Box box, int offset) throws InvalidVideoException {
        need(box, offset, 8);
        return unsigned(box.payloadStart() + offset, 8);
    }

    String fourcc(Mp4Box box, int offset) throws InvalidVideoException {
        need(box, offset, 4);
        return fourcc(box.payloadStart() + offset);
    }

    private List<Mp4Box> walk(long from, long to, Mp4Box parent) throws InvalidVideoException {
        List<Mp4Box> found = new ArrayList<>();
        long at = from;
        while (at < to) {
            if (++boxes > MAX_BOXES) {
                throw new InvalidVideoException("the file holds more than " + MAX_BOXES + " boxes; no real video has that many");
            }
            Mp4Box box = header(at, to, parent);
            found.add(box);
            at = box.end();
        }
        return found;
    }

    private Mp4Box header(long at, long to, Mp4Box parent) throws InvalidVideoException {
        if (to - at < 8) {
            throw parent == null
                    ? new InvalidVideoException("the file ends inside the header of a box at byte " + at
                            + ": the upload was cut short or the file is damaged")
                    : new InvalidVideoException("box '" + parent.type() + "' at byte " + parent.start()
                            + " ends inside the header of the box at byte " + at + ": the file is damaged");
        }
        long size = unsigned(at, 4);
        String type = fourcc(at + 4);
        if (!printable(at + 4)) {
            throw new InvalidVideoException("the box at byte " + at + " has no readable type (bytes " + hex(at + 4, 4)
                    + "): the file is damaged");
        }
        long payload = at + 8;
        if (size == 1) {
            if (to - at < 16) {
                throw new InvalidVideoException("box '" + type + "' at byte " + at
                        + " ends inside its 64-bit size: the upload was cut short or the file is damaged");
            }
            size = unsigned(at + 8, 8);
            payload = at + 16;
            if (size < 0) {
                throw new InvalidVideoException("box '" + type + "' at byte " + at + " declares an impossible size: the file is damaged");
            }
        } else if (size == 0) {
            // a size of 0 means "to the end of what encloses it" (ISO/IEC 14496-12, 4.2)
            size = to - at;
        }
        if (size < payload - at) {
            throw new InvalidVideoException("box '" + type + "' at byte " + at + " declares " + size
                    + " bytes, less than its own header: the file is damaged");
        }
        if (size > to - at) {
            throw parent == null
                    ? new InvalidVideoException("the file ends inside box '" + type + "' (it starts at byte " + at
                            + " and declares " + size + " bytes, but only " + (to - at)
                            + " are there): the upload was cut short or the file is damaged")
                    : new InvalidVideoException("box '" + type + "' at byte " + at + " declares " + size
                            + " bytes, more than is left of the '" + parent.type() + "' box around it: the file is damaged");
        }
        return new Mp4Box(type, at, payload, at + size);
    }

    private void need(Mp4Box box, int offset, int bytes) throws InvalidVideoException {
        if (offset + (long) bytes > box.payloadSize()) {
            throw new InvalidVideoException("box '" + box.type() + "' at byte " + box.start() + " is too short ("
                    + box.payloadSize() + " bytes after its header): the file is damaged");
        }
    }

    private long unsigned(long at, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | (file[(int) at + i] & 0xff);
        }
        return value;
    }

    private String fourcc(long at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (file[(int) at + i] & 0xff);
        }
        return new String(c);
    }

    private boolean printable(long at) {
        for (int i = 0; i < 4; i++) {
            int b = file[(int) at + i] & 0xff;
            // types are four ASCII letters, digits, spaces or the odd symbol; Apple's start with 0xA9 ('©nam')
            if ((b < 0x20 || b > 0x7e) && b != 0xa9) {
                return false;
            }
        }
        return true;
    }

    String hex(long at, int bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes && at + i < file.length; i++) {
            s.append(i == 0 ? "" : " ").append(String.format("%02x", file[(int) at + i] & 0xff));
        }
        return s.toString();
    }
}
