package com.storefront.signage.core.eink;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of a frame's packed bytes, compared with the last frame shown to skip an unchanged
 * refresh.
 *
 * <p>SHA-256 rather than a fast 64-bit hash: a collision would silently leave a stale price on the
 * glass, and slide content comes from outside (campaign images, feeds), so the hash must hold
 * against crafted input too. It costs a few milliseconds for the largest panel's 1.3 MB (the JDK
 * uses the CPU's SHA instructions where present), small next to quantisation, and it can be logged
 * and compared with fingerprints computed on the server.
 */
public record FrameFingerprint(String sha256) {
    public FrameFingerprint {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a frame fingerprint is 64 lowercase hex digits, got " + sha256);
        }
    }

    public static FrameFingerprint of(byte[] packed) {
        Objects.requireNonNull(packed, "packed");
        try {
            return new FrameFingerprint(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(packed)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "sha256:" + sha256.substring(0, 12);
    }
}
