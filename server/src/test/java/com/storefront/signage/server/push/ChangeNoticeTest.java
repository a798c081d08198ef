package com.storefront.signage.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeNoticeTest {
    @Test
    void a_notice_survives_its_payload_and_stays_far_under_the_notify_limit() {
        ChangeNotice notice = new ChangeNotice(UUID.randomUUID(), ChangeKind.CAMPAIGN, UUID.randomUUID(), Instant.now());

        assertEquals(notice, ChangeNotice.parse(notice.payload()));
        assertTrue(notice.payload().length() < 200, notice.payload());
    }

    @Test
    void a_foreign_payload_on_the_channel_is_refused_with_what_it_was() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChangeNotice.parse("hello"));

        assertTrue(e.getMessage().contains("hello"), e.getMessage());
    }

    @Test
    void a_notice_without_its_kind_is_refused() {
        String payload = "{\"id\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"" + UUID.randomUUID() + "\"}";

        assertThrows(IllegalArgumentException.class, () -> ChangeNotice.parse(payload));
    }
}
