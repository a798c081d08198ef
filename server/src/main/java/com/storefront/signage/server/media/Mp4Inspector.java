package com.storefront.signage.server.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an uploaded MP4 by walking its ISO-BMFF box tree, without decoding a frame or calling
 * native code: the file must be boxes end to end (so an upload cut short is caught), start with
 * 'ftyp', hold a 'moov' whose 'mvhd' gives a length and an 'mdat' with the media, and have a video
 * track ('trak' / 'mdia' / 'hdlr' of type 'vide') whose picture is at most 3840x2160 in either
 * orientation and whose codec players decode.
 *
 * <p>Codecs: H.264 ('avc1', 'avc3') and H.265 ('hvc1', 'hev1') only. libvlc decodes more, but the
 * small boxes behind store screens decode these two in hardware; anything else would fall back to
 * software decoding and stutter at 1080p, so it is refused at upload with the ffmpeg line to fix it.
 * Pure: bytes in, facts or a reason out.
 */
public final class Mp4Inspector {
    public static final int MAX_LONG_SIDE = 3840;
    public static final int MAX_SHORT_SIDE = 2160;
    static final Set<String> CODECS = Set.of("avc1", "avc3", "hvc1", "hev1");
    private static final Map<String, String> OTHER_CODECS = Map.of(
            "mp4v", "MPEG-4 Part 2", "av01", "AV1", "vp09", "VP9", "vp08", "VP8", "s263", "H.263",
            "jpeg", "Motion JPEG", "mjp2", "Motion JPEG 2000", "encv", "encrypted with DRM", "apcn", "ProRes");
    private static final String REENCODE = "re-encode it, e.g. ffmpeg -i in.mp4 -c:v libx264 -pix_fmt yuv420p -movflags +faststart out.mp4";

    private Mp4Inspector() {
    }

    /** What the upload check read from a video: its codec's sample entry type, picture size and length. */
    public record Mp4Info(String codec, int width, int height, long durationMs) {
    }

    /** Facts about an acceptable MP4, or an {@link InvalidVideoException} whose message says what is wrong. */
    public static Mp4Info inspect(byte[] bytes) throws InvalidVideoException {
        notSomethingElse(bytes);
        Mp4Boxes boxes = new Mp4Boxes(bytes);
        if (!(bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p')) {
            throw new InvalidVideoException("not an MP4 file: it does not start with an 'ftyp' box (its first bytes are "
                    + boxes.hex(0, 8) + ")");
        }
        List<Mp4Box> top = boxes.topLevel();
        boxes.fourcc(top.get(0), 0); // the major brand: an 'ftyp' without one is damaged
        Mp4Box moov = only(top, "moov", "no 'moov' box (the movie header): the file is incomplete, "
                + "e.g. a recording that was stopped before it was finished");
        only(top, "mdat", "no 'mdat' box: the file holds no video data");
        long durationMs = durationMs(boxes, moov);
        List<Mp4Box> tracks = new ArrayList<>();
        boolean audio = false;
        for (Mp4Box trak : boxes.children(moov)) {
            if (trak.type().equals("trak")) {
                String handler = handler(boxes, trak);
                audio |= handler.equals("soun");
                if (handler.equals("vide")) {
                    tracks.add(trak);
                }
            }
        }
        if (tracks.isEmpty()) {
            throw new InvalidVideoException(audio ? "no video track: the file holds only sound" : "no video track in the file");
        }
        return videoTrack(boxes, tracks.get(0), durationMs);
    }

    private static Mp4Info videoTrack(Mp4Boxes boxes, Mp4Box trak, long durationMs) throws InvalidVideoException {
        Mp4Box stsd = boxes.require(boxes.require(boxes.require(boxes.require(trak, "mdia"), "minf"), "stbl"), "stsd");
        List<Mp4Box> entries = boxes.children(stsd, 8);
        if (entries.isEmpty()) {
            throw new InvalidVideoException("the video track describes no samples: the file is damaged");
        }
        Mp4Box entry = entries.get(0);
        if (!CODECS.contains(entry.type())) {
            String name = OTHER_CODECS.getOrDefault(entry.type(), "unknown");
            throw new InvalidVideoException("the video codec is '" + entry.type() + "' (" + name + "); players decode H.264 "
                    + "('avc1', 'avc3') and H.265 ('hvc1', 'hev1'): " + REENCODE);
        }
        Mp4Box tkhd = boxes.require(trak, "tkhd");
        int version = boxes.u8(tkhd, 0);
        int matrix = version == 1 ? 52 : 40;
        // the track header's size is what is shown (16.16 fixed point); the sample entry's is the coded picture
        int width = (int) (boxes.u32(tkhd, matrix + 36) >>> 16);
        int height = (int) (boxes.u32(tkhd, matrix + 40) >>> 16);
        if (width == 0 || height == 0) {
            width = boxes.u16(entry, 24);
            height = boxes.u16(entry, 26);
        }
        if (width == 0 || height == 0) {
            throw new InvalidVideoException("the video track gives no picture size: the file is damaged");
        }
        // a phone held upright records landscape pixels and a 90-degree matrix: players show it turned
        if (boxes.u32(tkhd, matrix) == 0 && boxes.u32(tkhd, matrix + 16) == 0) {
            int turned = width;
            width = height;
            height = turned;
        }
        if (Math.max(width, height) > MAX_LONG_SIDE || Math.min(width, height) > MAX_SHORT_SIDE) {
            throw new InvalidVideoException("the picture is " + width + "x" + height + ", larger than " + MAX_LONG_SIDE + "x"
                    + MAX_SHORT_SIDE + " (4K UHD), the most a player shows; " + REENCODE.replace("-c:v libx264",
                    "-vf scale=3840:-2 -c:v libx264"));
        }
        return new Mp4Info(entry.type(), width, height, durationMs);
    }

    private static long durationMs(Mp4Boxes boxes, Mp4Box moov) throws InvalidVideoException {
        Mp4Box mvhd = boxes.require(moov, "mvhd");
        boolean v1 = boxes.u8(mvhd, 0) == 1;
        long timescale = boxes.u32(mvhd, v1 ? 20 : 12);
        long duration = v1 ? boxes.u64(mvhd, 24) : boxes.u32(mvhd, 16);
        if (timescale == 0) {
            throw new InvalidVideoException("the movie header gives a time scale of 0: the file is damaged");
        }
        boolean unknown = duration == 0 || duration == (v1 ? -1L : 0xffff_ffffL);
        if (unknown && boxes.children(moov).stream().anyMatch(b -> b.type().equals("mvex"))) {
            throw new InvalidVideoException("the movie has no length: it is a fragmented MP4 (as streamed or recorded live); "
                    + "make it a plain one, e.g. ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4");
        }
        long ms = duration < 0 ? -1 : Math.round(duration * 1000.0 / timescale);
        if (unknown || ms <= 0) {
            throw new InvalidVideoException("the movie has zero duration");
        }
        return ms;
    }

    private static String handler(Mp4Boxes boxes, Mp4Box trak) throws InvalidVideoException {
        return boxes.fourcc(boxes.require(boxes.require(trak, "mdia"), "hdlr"), 8);
    }

    private static Mp4Box only(List<Mp4Box> top, String type, String missing) throws InvalidVideoException {
        return top.stream().filter(b -> b.type().equals(type)).findFirst().orElseThrow(() -> new InvalidVideoException(missing));
    }

    /** Names the common mistake (an image or another container renamed to .mp4) rather than a box error. */
    private static void notSomethingElse(byte[] b) throws InvalidVideoException {
        String what = b.length >= 8 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' ? "a PNG image; upload it as image/png"
                : b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff ? "a JPEG image; upload it as image/jpeg"
                : b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' ? "a GIF image"
                : b.length >= 4 && (b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf && (b[3] & 0xff) == 0xa3
                ? "a WebM or Matroska video; " + REENCODE.replace("in.mp4", "in.webm")
                : b.length >= 4 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' ? "a RIFF file (AVI or WebP)"
                : null;
        if (what != null) {
            throw new InvalidVideoException("not an MP4 file: it is " + what);
        }
        if (b.length < 8) {
            throw new InvalidVideoException("not an MP4 file: it is only " + b.length + " bytes long");
        }
    }

    /** The bytes are not a video a player can show; the message says why in words a user can act on. */
    public static final class InvalidVideoException extends Exception {
        public InvalidVideoException(String message) {
            super(message, null, false, false);
        }
    }
}
