package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The e-ink shelf label: every field keeps a fixed box, so a change redraws only that field's box. */
class ShelfLabelTemplateTest {
    private static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("shelf-label");
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final StoreLocale STORE = new StoreLocale("de-DE", "EUR");
    private static final DisplayClass LABEL = DisplayClass.EINK_BWR_LABEL;
    private static final int RED = 0xFF0000;

    // the boxes templates/shelf-label/label.ftl declares for left-to-right languages (296x128)
    private static final LayoutElement.Box NAME = new LayoutElement.Box(6, 2, 204, 40);
    private static final LayoutElement.Box PRICE = new LayoutElement.Box(6, 44, 120, 50);
    private static final LayoutElement.Box PROMO = new LayoutElement.Box(130, 44, 80, 50);
    private static final LayoutElement.Box UNIT_PRICE = new LayoutElement.Box(6, 100, 204, 24);
    private static final LayoutElement.Box QR = new LayoutElement.Box(216, 2, 76, 76);
    private static final LayoutElement.Box STOCK = new LayoutElement.Box(216, 82, 76, 42);

    static Stream<Arguments> everyDisplayClassInEachScript() {
        return Stream.of("en", "ar", "he").flatMap(language ->
                Stream.of(DisplayClass.values()).map(c -> Arguments.of(c, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyDisplayClassInEachScript")
    void renders_every_field_in_every_display_class(DisplayClass displayClass, String language) {
        SlideSpec spec = label(language, Map.of());

        BufferedImage frame = RENDERER.render(spec, displayClass, MediaSource.NONE);

        assertEquals(displayClass.width(), frame.getWidth());
        assertEquals(displayClass.height(), frame.getHeight());
        SlideLayout layout = RENDERER.layout(spec, displayClass);
        assertNotNull(textBox(layout, spec.fields().get("productName")), "product name is shown");
        assertNotNull(textBox(layout, spec.fields().get("price")), "price is shown");
        assertTrue(layout.elements().stream().anyMatch(e -> e instanceof LayoutElement.Qr), "QR code is shown");
        for (LayoutElement e : layout.elements()) {
            LayoutElement.Box b = e.box();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= frame.getWidth() && b.y() + b.h() <= frame.getHeight(),
                    e + " leaves the frame");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void label_boxes_are_the_ones_the_template_declares(String language) {
        SlideSpec spec = label(language, Map.of());
        SlideLayout layout = RENDERER.layout(spec, LABEL);

        assertEquals(mirrored(NAME, language), textBox(layout, spec.fields().get("productName")));
        assertEquals(mirrored(PRICE, language), textBox(layout, spec.fields().get("price")));
        assertEquals(mirrored(PROMO, language), textBox(layout, spec.fields().get("promoPrice")));
        assertEquals(mirrored(QR, language), layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Qr).findFirst().orElseThrow().box());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void changing_the_price_redraws_only_the_price_box(String language) {
        LayoutElement.Box changed = changedArea(label(language, Map.of("price", "3.49")), label(language, Map.of("price", "12.99")));

        assertWithin(mirrored(PRICE, language), changed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void changing_the_stock_level_redraws_only_the_stock_box(String language) {
        String[][] changes = {{"in-stock", "low-stock"}, {"low-stock", "out-of-stock"}, {"out-of-stock", "in-stock"}};
        for (String[] change : changes) {
            LayoutElement.Box changed = changedArea(
                    label(language, Map.of("stock", change[0])), label(language, Map.of("stock", change[1])));

            assertWithin(mirrored(STOCK, language), changed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void removing_the_promo_price_empties_its_box_and_moves_nothing(String language) {
        Map<String, Object> values = values(language, Map.of());
        values.remove("promoPrice");
        SlideSpec without = SlideSpecResolver.resolve(PACK, values, language, STORE);

        assertWithin(mirrored(PROMO, language), changedArea(label(language, Map.of()), without));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void a_long_product_name_stays_inside_its_box(String language) {
        String longName = "ar".equals(language) ? "زيت زيتون بكر ممتاز معصور على البارد ١ل" : "Extra virgin olive oil, cold pressed, 1l";

        assertWithin(mirrored(NAME, language), changedArea(label(language, Map.of()), label(language, Map.of("productName", longName))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void promo_price_and_low_stock_are_the_only_red(String language) {
        BufferedImage frame = RENDERER.render(label(language, Map.of("stock", "low-stock")), LABEL, MediaSource.NONE);

        int promo = SlideRendererTest.count(frame, RED, mirrored(PROMO, language));
        int stock = SlideRendererTest.count(frame, RED, mirrored(STOCK, language));
        assertTrue(promo > 1000 && stock > 1000, "promo " + promo + ", stock " + stock + " red pixels");
        assertEquals(promo + stock, SlideRendererTest.count(frame, RED, new LayoutElement.Box(0, 0, LABEL.width(), LABEL.height())));
        assertEquals(Set.of(0x000000, 0xFFFFFF, RED), SlideRendererTest.colours(frame));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void qr_code_on_the_label_decodes_to_the_given_value(String language) throws Exception {
        String value = "https://shop.example.com/p/4006381333931";
        BufferedImage frame = RENDERER.render(label(language, Map.of("qr", value)), LABEL, MediaSource.NONE);

        int[] argb = frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(frame.getWidth(), frame.getHeight(), argb)));
        assertEquals(value, new QRCodeReader().decode(bitmap).getText());
    }

    static SlideSpec label(String language, Map<String, Object> overrides) {
        return SlideSpecResolver.resolve(PACK, values(language, overrides), language, STORE);
    }

    static Map<String, Object> values(String language, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("productName", Map.of("en", "Olive oil 750 ml", "ar", "زيت زيتون ٧٥٠ مل", "he", "שמן זית 750 מ״ל").get(language));
        values.put("price", "8.99");
        values.put("promoPrice", "6.49");
        values.put("unitPrice", "11.99");
        values.put("unit", Map.of("en", "l", "ar", "لتر", "he", "ליטר").get(language));
        values.put("stock", "in-stock");
        values.put("qr", "https://shop.example.com/p/8001234567890");
        values.putAll(overrides);
        return values;
    }

    private static LayoutElement.Box changedArea(SlideSpec before, SlideSpec after) {
        BufferedImage a = RENDERER.render(before, LABEL, MediaSource.NONE);
        BufferedImage b = RENDERER.render(after, LABEL, MediaSource.NONE);
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX >= 0, "the change must show");
        return new LayoutElement.Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static void assertWithin(LayoutElement.Box box, LayoutElement.Box changed) {
        assertTrue(changed.x() >= box.x() && changed.y() >= box.y()
                        && changed.x() + changed.w() <= box.x() + box.w() && changed.y() + changed.h() <= box.y() + box.h(),
                "changed pixels " + changed + " leave " + box);
    }

    private static LayoutElement.Box mirrored(LayoutElement.Box box, String language) {
        boolean rtl = Set.of("ar", "he").contains(language);
        return rtl ? new LayoutElement.Box(LABEL.width() - box.x() - box.w(), box.y(), box.w(), box.h()) : box;
    }

    private static LayoutElement.Box textBox(SlideLayout layout, String content) {
        return layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && t.content().equals(content))
                .map(LayoutElement::box).findFirst().orElse(null);
    }
}
