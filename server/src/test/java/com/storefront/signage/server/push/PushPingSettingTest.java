package com.storefront.signage.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.server.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushPingSettingTest {
    @Test
    void hint_sockets_are_pinged_every_thirty_seconds_unless_told_otherwise() {
        assertEquals(30, ServerConfig.fromEnvironment(Map.of()).pushPingSeconds());
        assertEquals(5, ServerConfig.fromEnvironment(Map.of("SIGNAGE_PUSH_PING_SECONDS", "5")).pushPingSeconds());
    }

    @Test
    void a_ping_interval_players_would_take_for_a_dead_socket_is_refused_naming_the_variable() {
        for (String bad : new String[] {"0", "31", "soon"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServerConfig.fromEnvironment(Map.of("SIGNAGE_PUSH_PING_SECONDS", bad)));
            assertTrue(e.getMessage().contains("SIGNAGE_PUSH_PING_SECONDS") && e.getMessage().contains(bad), e.getMessage());
        }
    }
}
