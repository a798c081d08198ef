package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.PushMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hint socket refuses strangers and survives players that misbehave, without harming the others. */
class HintSocketBadInputTest {
    @Test
    void an_upgrade_without_a_device_token_is_refused_with_401() {
        assertEquals(401, refusedStatus(null));
    }

    @Test
    void an_upgrade_with_an_unknown_token_is_refused_with_401() {
        assertEquals(401, refusedStatus("not-a-real-token"));
    }

    @Test
    void a_plain_request_for_the_socket_is_told_to_upgrade_naming_the_header() {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Paris", List.of("fr"), "fr-FR", "EUR").get("id").asText();
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "aisle");

        Api.Response r = new Api(TestServer.baseUrl()).get(PushMessage.PATH, Map.of("Authorization", "Bearer " + display.token()));

        assertEquals(426, r.status(), r.text());
        assertEquals("Upgrade", r.json().get("field").asText());
    }

    @Test
    void garbage_from_one_player_closes_at_most_its_own_socket_and_others_still_get_hints() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Paris", List.of("fr"), "fr-FR", "EUR").get("id").asText();
        Devices.Paired rude = Devices.pair(admin, store, "hd-landscape", "aisle");
        Devices.Paired polite = Devices.pair(admin, store, "hd-landscape", "aisle");

        try (HintRecorder good = HintRecorder.open(TestServer.baseUrl(), polite.token())) {
            HintRecorder.await(() -> good.hints.size() == 1, Duration.ofSeconds(10), "the polite player's first hint");
            for (Garbage garbage : Garbage.values()) {
                Closing closing = new Closing();
                WebSocket ws = HintRecorder.HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + rude.token())
                        .buildAsync(URI.create(TestServer.baseUrl().replace("http", "ws") + PushMessage.PATH), closing)
                        .get(10, TimeUnit.SECONDS);
                garbage.send(ws);
                if (garbage.closes) {
                    assertTrue(closing.code.get(10, TimeUnit.SECONDS) >= 1000, garbage + " closes the socket");
                } else {
                    Thread.sleep(300);
                    assertTrue(!closing.code.isDone(), garbage + " is ignored");
                    ws.abort();
                }
            }

            admin.put("/api/v1/displays/" + polite.displayId(), Map.of("name", "Still here", "zone", "aisle", "tags", List.of()))
                    .expect(200);
            HintRecorder.await(() -> good.hints.size() == 2, Duration.ofSeconds(5), "a hint for the polite player after the garbage");
            assertEquals(1, good.opens.size(), "the polite player's socket stayed up throughout");
        }
    }

    @Test
    void a_socket_that_never_answers_pings_is_closed() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Paris", List.of("fr"), "fr-FR", "EUR").get("id").asText();
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "aisle");
        try (SignageServer fastPings = OtherInstance.start(0, Map.of("SIGNAGE_PUSH_PING_SECONDS", "1"));
             Socket socket = new Socket("127.0.0.1", fastPings.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PushMessage.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Authorization: Bearer " + display.token() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(headers(in).startsWith("HTTP/1.1 101"), "upgraded");
            long start = System.nanoTime();
            int pings = 0;
            // a peer that reads but never answers a ping with a pong, as a dead NAT mapping would
            while (true) {
                int opcode = in.read() & 0x0F;
                int length = in.read() & 0x7F;
                in.readNBytes(length);
                if (opcode == 0x9) {
                    pings++;
                } else if (opcode == 0x8) {
                    break;
                }
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(pings >= 2, "pinged " + pings + " times before giving up");
            assertTrue(seconds <= 6, "closed after " + seconds + " s of silence (three pings of 1 s)");
        }
    }

    private enum Garbage {
        NOT_JSON(false) {
            void send(WebSocket ws) {
                ws.sendText("}{ definitely not json", true);
            }
        },
        UNKNOWN_MESSAGE(false) {
            void send(WebSocket ws) {
                ws.sendText("{\"type\":\"reboot\"}", true);
            }
        },
        BINARY(true) {
            void send(WebSocket ws) {
                ws.sendBinary(ByteBuffer.wrap(new byte[] {0, 1, 2, 3}), true);
            }
        },
        OVERSIZED(true) {
            void send(WebSocket ws) {
                ws.sendText("x".repeat(64 * 1024), true);
            }
        };

        final boolean closes;

        Garbage(boolean closes) {
            this.closes = closes;
        }

        abstract void send(WebSocket ws);
    }

    private static final class Closing implements WebSocket.Listener {
        final CompletableFuture<Integer> code = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            code.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            code.complete(1006);
        }
    }

    private static int refusedStatus(String token) {
        WebSocket.Builder builder = HintRecorder.HTTP.newWebSocketBuilder();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> builder
                .buildAsync(URI.create(TestServer.baseUrl().replace("http", "ws") + PushMessage.PATH), new WebSocket.Listener() { })
                .get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof WebSocketHandshakeException, String.valueOf(e.getCause()));
        return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }

    private static String headers(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
