package com.storefront.signage.core.render;

import java.io.IOException;
import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * Image bytes already in memory, read in place. {@code ImageIO.createImageInputStream} would copy
 * them into a cache (a temp file by default), a second copy of an upload that may be megabytes.
 */
final class BytesImageInputStream extends ImageInputStreamImpl {
    private final byte[] bytes;

    BytesImageInputStream(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes);
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(off, len, b.length);
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return -1;
        }
        int n = (int) Math.min(len, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return bytes.length;
    }
}
