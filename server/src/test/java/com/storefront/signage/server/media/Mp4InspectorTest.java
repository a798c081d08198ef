package com.storefront.signage.server.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.server.media.Mp4Inspector.InvalidVideoException;
import com.storefront.signage.server.media.Mp4Inspector.Mp4Info;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class Mp4InspectorTest {

    @Test
    void reads_size_length_and_codec_of_an_h264_clip() throws Exception {
        assertEquals(new Mp4Info("avc1", 320, 240, 2000), Mp4Inspector.inspect(TestVideos.h264()));
    }

    @Test
    void accepts_mdat_before_moov() throws Exception {
        assertEquals(new Mp4Info("avc1", 320, 240, 2000), Mp4Inspector.inspect(TestVideos.h264MdatFirst()));
    }

    @Test
    void accepts_h265() throws Exception {
        Mp4Info info = Mp4Inspector.inspect(TestVideos.h265());
        assertEquals("hvc1", info.codec());
        assertEquals(320, info.width());
        assertEquals(2000, info.durationMs());
    }

    @Test
    void accepts_a_clip_with_sound_and_reads_its_video_track() throws Exception {
        Mp4Info info = Mp4Inspector.inspect(TestVideos.withSound());
        assertEquals(320, info.width());
        assertEquals(240, info.height());
    }

    @Test
    void reports_a_clip_recorded_upright_in_the_orientation_it_is_shown() throws Exception {
        Mp4Info info = Mp4Inspector.inspect(TestVideos.rotated());
        assertEquals(240, info.width());
        assertEquals(320, info.height());
    }

    @Test
    void reads_the_committed_demo_clip() throws Exception {
        byte[] demo = Files.readAllBytes(Path.of("../media/video/winter-deals.mp4"));
        assertEquals(new Mp4Info("avc1", 1280, 720, 6000), Mp4Inspector.inspect(demo));
    }

    @Test
    void accepts_a_64_bit_box_size() throws Exception {
        // what ffmpeg does once mdat passes 4 GB: the 8-byte 'free' before it becomes the wide size field
        byte[] clip = TestVideos.h264MdatFirst();
        int free = topLevelBox(clip, "free");
        int mdat = topLevelBox(clip, "mdat");
        assertEquals(free + 8, mdat, "ffmpeg writes an 8-byte 'free' box before mdat");
        long mdatSize = ByteBuffer.wrap(clip, mdat, 4).getInt() & 0xffffffffL;
        ByteBuffer.wrap(clip, free, 16).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII)).putLong(mdatSize + 8);
        assertEquals(topLevelBox(clip, "mdat"), free);
        assertEquals(new Mp4Info("avc1", 320, 240, 2000), Mp4Inspector.inspect(clip));
    }

    @Test
    void accepts_a_last_box_of_size_zero_running_to_the_end_of_the_file() throws Exception {
        byte[] clip = TestVideos.h264();
        int mdat = topLevelBox(clip, "mdat");
        ByteBuffer.wrap(clip, mdat, 4).putInt(0);
        assertEquals(new Mp4Info("avc1", 320, 240, 2000), Mp4Inspector.inspect(clip));
    }

    @Test
    void upload_cut_short_in_the_media_data_says_so() {
        byte[] clip = TestVideos.h264();
        String message = refused(Arrays.copyOf(clip, clip.length - 1000));
        assertTrue(message.startsWith("the file ends inside box 'mdat' (it starts at byte " + topLevelBox(clip, "mdat")), message);
        assertTrue(message.contains("cut short"), message);
    }

    @Test
    void upload_cut_short_in_the_movie_header_says_so() {
        byte[] clip = TestVideos.h264();
        String message = refused(Arrays.copyOf(clip, 300));
        assertTrue(message.startsWith("the file ends inside box 'moov'"), message);
    }

    @Test
    void upload_cut_short_before_the_movie_header_says_it_is_incomplete() {
        byte[] clip = TestVideos.h264MdatFirst();
        String message = refused(Arrays.copyOf(clip, topLevelBox(clip, "moov")));
        assertTrue(message.startsWith("no 'moov' box"), message);
    }

    @Test
    void upload_cut_inside_a_box_header_says_so() {
        byte[] clip = TestVideos.h264();
        String message = refused(Arrays.copyOf(clip, topLevelBox(clip, "mdat") + 5));
        assertTrue(message.startsWith("the file ends inside the header of a box at byte"), message);
    }

    @Test
    void flipped_bit_in_a_track_size_is_reported_as_damage_where_it_is() {
        byte[] clip = TestVideos.h264();
        int trak = indexOf(clip, "trak") - 4;
        clip[trak] ^= 0x10; // adds 256 MiB to the size of the track
        String message = refused(clip);
        assertEquals("box 'trak' at byte " + trak + " declares " + ((ByteBuffer.wrap(clip, trak, 4).getInt() & 0xffffffffL))
                + " bytes, more than is left of the 'moov' box around it: the file is damaged", message);
    }

    @Test
    void flipped_bit_in_a_box_type_is_reported_as_damage() {
        byte[] clip = TestVideos.h264();
        int stsd = indexOf(clip, "stsd");
        clip[stsd] ^= 0x80;
        String message = refused(clip);
        assertTrue(message.contains("has no 'stsd' box inside") || message.contains("no readable type"), message);
    }

    @Test
    void no_single_bit_flip_in_the_headers_escapes_as_anything_but_a_reason() {
        byte[] clip = TestVideos.withSound();
        int refused = 0;
        int flips = 0;
        // every byte of every box but the media data, whose payload the check does not read
        int mdat = topLevelBox(clip, "mdat");
        int mdatEnd = mdat + ByteBuffer.wrap(clip).getInt(mdat);
        for (int i = 0; i < clip.length; i++) {
            if (i >= mdat + 16 && i < mdatEnd) {
                continue;
            }
            for (int bit = 0; bit < 8; bit++) {
                clip[i] ^= (byte) (1 << bit);
                flips++;
                try {
                    Mp4Info info = Mp4Inspector.inspect(clip);
                    assertTrue(info.width() > 0 && info.height() > 0 && info.durationMs() > 0, info.toString());
                } catch (InvalidVideoException e) {
                    refused++;
                    assertTrue(!e.getMessage().isBlank());
                } finally {
                    clip[i] ^= (byte) (1 << bit);
                }
            }
        }
        // most header bytes are sample tables the check does not read, so most flips pass unnoticed
        assertTrue(refused > 0, "none of " + flips + " flips was noticed");
    }

    @Test
    void zero_duration_is_refused() {
        byte[] clip = TestVideos.h264();
        int mvhd = indexOf(clip, "mvhd") - 4;
        ByteBuffer.wrap(clip, mvhd + 8 + 16, 4).putInt(0); // version 0: duration after flags, two times and the time scale
        assertEquals("the movie has zero duration", refused(clip));
    }

    @Test
    void fragmented_mp4_without_a_length_is_refused_with_how_to_fix_it() {
        String message = refused(TestVideos.fragmented());
        assertTrue(message.startsWith("the movie has no length: it is a fragmented MP4"), message);
        assertTrue(message.contains("-movflags +faststart"), message);
    }

    @Test
    void audio_only_file_has_no_video_track() {
        assertEquals("no video track: the file holds only sound", refused(TestVideos.audioOnly()));
    }

    @Test
    void png_renamed_to_mp4_is_named_as_a_png() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);
        assertEquals("not an MP4 file: it is a PNG image; upload it as image/png", refused(png.toByteArray()));
    }

    @Test
    void text_is_not_an_mp4() {
        String message = refused("just some words, not a video".getBytes(StandardCharsets.US_ASCII));
        assertTrue(message.startsWith("not an MP4 file: it does not start with an 'ftyp' box (its first bytes are 6a 75 73 74"),
                message);
    }

    @Test
    void tiny_file_is_not_an_mp4() {
        assertEquals("not an MP4 file: it is only 3 bytes long", refused(new byte[] {0, 0, 0}));
    }

    @Test
    void codec_players_do_not_decode_is_refused_with_how_to_reencode() {
        String message = refused(TestVideos.mpeg4Part2());
        assertTrue(message.startsWith("the video codec is 'mp4v' (MPEG-4 Part 2); players decode H.264"), message);
        assertTrue(message.contains("-c:v libx264"), message);
    }

    @Test
    void picture_wider_than_4k_uhd_is_refused() {
        String message = refused(TestVideos.dci4k());
        assertTrue(message.startsWith("the picture is 4096x2160, larger than 3840x2160 (4K UHD)"), message);
    }

    @Test
    void a_crafted_file_of_countless_empty_boxes_is_refused_quickly() {
        ByteBuffer file = ByteBuffer.allocate(16 + 8 * (Mp4Boxes.MAX_BOXES + 10));
        file.putInt(16).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        while (file.hasRemaining()) {
            file.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(refused(file.array()).startsWith("the file holds more than " + Mp4Boxes.MAX_BOXES + " boxes"));
    }

    private static String refused(byte[] bytes) {
        return assertThrows(InvalidVideoException.class, () -> Mp4Inspector.inspect(bytes)).getMessage();
    }

    /** Where the top-level box of this type starts, found by walking the sizes (not by searching the bytes). */
    private static int topLevelBox(byte[] file, String type) {
        ByteBuffer b = ByteBuffer.wrap(file);
        int at = 0;
        while (at + 8 <= file.length) {
            long size = b.getInt(at) & 0xffffffffL;
            String t = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
            if (t.equals(type)) {
                return at;
            }
            size = size == 1 ? b.getLong(at + 8) : size == 0 ? file.length - at : size;
            at += (int) size;
        }
        throw new AssertionError("no top-level '" + type + "' box");
    }

    private static int indexOf(byte[] file, String fourcc) {
        byte[] needle = fourcc.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + 4 <= file.length; i++) {
            for (int j = 0; j < 4; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no '" + fourcc + "' in the file");
    }
}
