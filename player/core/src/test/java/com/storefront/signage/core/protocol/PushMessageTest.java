package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushMessageTest {
    @Test
    void manifestHintIsATaggedObjectWithItsVersion() {
        String json = new String(ProtocolJson.write(new ManifestHint("0123abcd")), StandardCharsets.UTF_8);

        assertEquals("{\"type\":\"manifest\",\"version\":\"0123abcd\"}", json);
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
