package com.storefront.signage.core.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.storefront.signage.core.template.SlideRenderException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Map;

/**
 * Draws a QR code with whole-pixel modules, centred in its box: a module that straddles pixels
 * blurs on HD and breaks into dither noise on e-ink, and phones then fail to read it.
 */
final class QrPainter {
    private QrPainter() {
    }

    static void paint(Graphics2D g, LayoutElement.Qr qr, Color ink, Color paper) {
        if (qr.data().isBlank()) {
            return;
        }
        BitMatrix matrix = encode(qr.data());
        int modules = matrix.getWidth();
        int scale = Math.max(1, Math.min(qr.box().w(), qr.box().h()) / modules);
        int size = modules * scale;
        int left = qr.box().x() + (qr.box().w() - size) / 2;
        int top = qr.box().y() + (qr.box().h() - size) / 2;
        g.setColor(paper);
        g.fillRect(left, top, size, size);
        g.setColor(ink);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(left + x * scale, top + y * scale, scale, scale);
                }
            }
        }
    }

    private static BitMatrix encode(String data) {
        try {
            return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new SlideRenderException("cannot encode QR code: " + e.getMessage(), e);
        }
    }
}
