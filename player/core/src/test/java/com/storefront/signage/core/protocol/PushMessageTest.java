package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushMessageTest {
    @Test
    void manifestHintIsATaggedObjectWithItsVersionAndItsSpread() {
        String json = new String(ProtocolJson.write(new ManifestHint("0123abcd", 2500)), StandardCharsets.UTF_8);

        assertEquals("{\"type\":\"manifest\",\"fetchWithinMs\":2500,\"version\":\"0123abcd\"}", json);
    }

    @Test
    void aHintFromAServerThatSpreadsNothingMeansFetchAtOnce() {
        PushMessage read = ProtocolJson.read(utf8("{\"type\":\"manifest\",\"version\":\"v7\"}"), PushMessage.class);

        assertEquals(0, ((ManifestHint) read).fetchWithinMs());
        assertEquals(new ManifestHint("v7"), read);
    }

    @Test
    void aSpreadOutsideZeroToAMinuteIsRefusedNamingTheField() {
        for (String spread : new String[] {"-1", "60001"}) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ProtocolJson.read(
                    utf8("{\"type\":\"manifest\",\"version\":\"v7\",\"fetchWithinMs\":" + spread + "}"), PushMessage.class));
            assertTrue(e.getMessage().contains("fetchWithinMs"), e.getMessage());
        }
    }

    @Test
    void readsBackAsTheSameMessage() {
        PushMessage read = ProtocolJson.read(utf8("{\"type\":\"manifest\",\"version\":\"v7\"}"), PushMessage.class);

        assertEquals(new ManifestHint("v7"), read);
    }

    @Test
    void anUnknownTypeIsAnErrorTheReceiverCanSkip() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ProtocolJson.read(utf8("{\"type\":\"reboot\",\"at\":\"now\"}"), PushMessage.class));

        assertTrue(e.getMessage().contains("reboot"), e.getMessage());
    }

    @Test
    void aHintWithoutVersionIsRefusedNamingTheField() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ProtocolJson.read(utf8("{\"type\":\"manifest\",\"version\":\"\"}"), PushMessage.class));

        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
