package com.storefront.signage.server.http;

/** The one shape of every error response. */
public record ErrorBody(String error, String field, String message) {
}
