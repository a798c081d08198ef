package com.storefront.signage.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.protocol.SlideSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceStateTest {
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dataDir;

    @Test
    void savedTokenIsReadBack() throws IOException {
        DeviceState state = new DeviceState(dataDir);

        state.saveToken("dev_7f3a9c");

        assertEquals(Optional.of("dev_7f3a9c"), new DeviceState(dataDir).token());
    }

    @Test
    void forgottenTokenIsGone() throws IOException {
        DeviceState state = new DeviceState(dataDir);
        state.saveToken("dev_7f3a9c");

        state.forgetToken();

        assertEquals(Optional.empty(), state.token());
    }

    @Test
    void savedManifestIsReadBackEqual() throws IOException {
        Manifest manifest = manifest();

        new DeviceState(dataDir).saveManifest(manifest);

        assertEquals(Optional.of(manifest), new DeviceState(dataDir).manifest());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 40, 200})
    void truncatedManifestIsIgnoredRatherThanCrashing(int keptBytes) throws IOException {
        byte[] json = ProtocolJson.write(manifest());
        Files.write(dataDir.resolve("manifest.json"), Arrays.copyOf(json, Math.min(keptBytes, json.length - 1)));

        assertEquals(Optional.empty(), new DeviceState(dataDir).manifest());
    }

    @Test
    void manifestThatIsNotJsonIsIgnored() throws IOException {
        Files.write(dataDir.resolve("manifest.json"), new byte[] {(byte) 0xFF, 0x00, 0x13, 0x37});

        assertEquals(Optional.empty(), new DeviceState(dataDir).manifest());
    }

    @Test
    void noSavedStateMeansNoTokenAndNoManifest() throws IOException {
        DeviceState state = new DeviceState(dataDir);

        assertEquals(Optional.empty(), state.token());
        assertEquals(Optional.empty(), state.manifest());
    }

    private static Manifest manifest() {
        PlayItem welcome = new PlayItem("c1/p1/s1", "c1", "p1", "s1", 8000,
                new SlideSpec("welcome", "en", Map.of("greeting", "Good morning"), List.of()));
        PlayItem promotion = new PlayItem("c2/p1/s2", "c2", "p1", "s2", 12000,
                new SlideSpec("promotion", "en", Map.of("headline", "Apples", "nowPrice", "€1.99", "image", SHA), List.of(SHA)));
        Instant midnight = Instant.parse("2026-02-28T23:00:00Z");
        List<ScheduleEntry> entries = List.of(ScheduleEntry.defaultLoop(List.of(welcome, promotion)));
        return new Manifest("v-42", "d1", "Front window", DisplayClass.HD_LANDSCAPE, "s1", "Europe/Berlin",
                Instant.parse("2026-03-01T08:00:00Z"), midnight, midnight.plusSeconds(8 * 86_400), entries,
                ScheduleResolver.resolve(entries, ZoneId.of("Europe/Berlin"), midnight, midnight.plusSeconds(8 * 86_400)));
    }
}
