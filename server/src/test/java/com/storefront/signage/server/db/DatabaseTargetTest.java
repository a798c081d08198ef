package com.storefront.signage.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {
    @Test
    void readsEveryPartOfAPostgresqlUrl() {
        DatabaseTarget t = DatabaseTarget.fromUrl("postgresql://signage:s%40cret@db.example.com:6543/cms");
        assertEquals(new DatabaseTarget("db.example.com", 6543, "cms", "signage", "s@cret"), t);
        assertEquals("jdbc:postgresql://db.example.com:6543/cms", t.jdbcUrl());
    }

    @Test
    void acceptsTheShortSchemeAndDefaultsPortAndDatabase() {
        DatabaseTarget t = DatabaseTarget.fromUrl("postgres://app@db");
        assertEquals(new DatabaseTarget("db", 5432, "postgres", "app", ""), t);
    }

    @Test
    void refusesSomethingThatIsNotAPostgresqlUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.fromUrl("mysql://db/x"));
        assertTrue(e.getMessage().contains("postgresql://"), e.getMessage());
    }

    @Test
    void neverPrintsThePassword() {
        assertEquals("postgresql://signage@db:5432/cms", DatabaseTarget.fromUrl("postgresql://signage:secret@db/cms").toString());
    }
}
