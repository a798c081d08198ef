package com.storefront.signage.server.auth;

import static com.storefront.signage.server.http.FieldError.require;

public record LoginRequest(String email, String password) {
    public LoginRequest {
        require(email != null && !email.isBlank(), "email", "is required");
        require(password != null && !password.isEmpty(), "password", "is required");
        email = email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
