package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthTest {
    @Test
    void loginSetsAnHttpOnlySameSiteSessionCookie() {
        Api api = new Api(TestServer.baseUrl());
        Api.Response r = api.login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
        String cookie = r.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("sf_session="), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertEquals("admin", api.get("/api/v1/auth/me").expect(200).json().get("role").asText());
    }

    @Test
    void wrongPasswordIs401WithoutSayingWhichPartWasWrong() {
        Api api = new Api(TestServer.baseUrl());
        String known = api.post("/api/v1/auth/login", Map.of("email", TestServer.ADMIN_EMAIL, "password", "wrong-password"))
                .expect(401).json().get("message").asText();
        String unknown = api.post("/api/v1/auth/login", Map.of("email", "nobody@test.example", "password", "wrong-password"))
                .expect(401).json().get("message").asText();
        assertEquals(known, unknown);
    }

    @Test
    void apiRefusesRequestsWithoutASession() {
        Api anonymous = new Api(TestServer.baseUrl());
        assertEquals(401, anonymous.get("/api/v1/stores").status());
        assertEquals(401, anonymous.get("/api/v1/auth/me").status());
    }

    @Test
    void logoutEndsTheSession() {
        Api api = TestServer.admin();
        api.post("/api/v1/auth/logout", Map.of()).expect(204);
        assertEquals(401, api.get("/api/v1/auth/me").status());
    }

    @Test
    void marketingEditsContentButNotStoresOrUsers() {
        Api admin = TestServer.admin();
        String email = Fixtures.unique("marketing").replace(' ', '-') + "@test.example";
        admin.post("/api/v1/users", Map.of("email", email, "displayName", "Marketing", "password", "marketing-password",
                "role", "marketing")).expect(201);
        Api marketing = new Api(TestServer.baseUrl());
        marketing.login(email, "marketing-password");
        Fixtures.slide(marketing, "welcome", Map.of("greeting", "Hello"));
        assertEquals(403, marketing.post("/api/v1/stores", Map.of("name", "X", "timeZone", "Europe/Sofia",
                "languages", List.of("bg"), "locale", "bg-BG", "currency", "EUR")).status());
        assertEquals(403, marketing.get("/api/v1/users").status());
    }

    @Test
    void newUserPasswordMustBeLongEnough() {
        Api admin = TestServer.admin();
        var error = admin.post("/api/v1/users", Map.of("email", "short@test.example", "displayName", "Short",
                "password", "short", "role", "marketing")).expect(400).json();
        assertEquals("password", error.get("field").asText());
    }
}
