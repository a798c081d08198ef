package com.storefront.signage.server.http;

/**
 * An error a client can act on. The failure handler turns it into
 * {@code {"error": code, "field": field, "message": message}} with the given status.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid", field, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", null, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", null, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", null, what + " not found");
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(409, "conflict", field, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
