package com.storefront.signage.core.render;

import static com.storefront.signage.core.render.TemplateFrames.RENDERER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An in-store event or newsletter sign-up with a QR code of the sign-up page. */
class EventSignupTemplateTest {
    static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("event-signup");
    private static final StoreLocale STORE = new StoreLocale("de-DE", "EUR");
    static final String SIGNUP = "https://events.example.com/r/coffee-evening-12-12";

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("com.storefront.signage.core.render.TemplateFrames#everyDisplayClassInEachScript")
    void every_field_fits_inside_the_frame(DisplayClass displayClass, String language) {
        SlideSpec spec = slide(language, Map.of());

        TemplateFrames.assertRendersInsideTheFrame(spec, displayClass);
        assertTrue(RENDERER.layout(spec, displayClass).elements().stream()
                .anyMatch(e -> e instanceof LayoutElement.Text t && t.content().contains(spec.fields().get("date"))),
                "the date is shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void signup_qr_decodes_to_the_signup_address_on_a_landscape_screen(String language) throws Exception {
        assertEquals(SIGNUP, TemplateFrames.decodeQr(RENDERER.render(slide(language, Map.of()), DisplayClass.HD_LANDSCAPE, MediaSource.NONE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void signup_qr_decodes_to_the_signup_address_on_the_296x128_label(String language) throws Exception {
        assertEquals(SIGNUP, TemplateFrames.decodeQr(RENDERER.render(slide(language, Map.of()), DisplayClass.EINK_BWR_LABEL, MediaSource.NONE)));
    }

    static SlideSpec slide(String language, Map<String, Object> overrides) {
        return SlideSpecResolver.resolve(PACK, values(language, overrides), language, STORE);
    }

    static Map<String, Object> values(String language, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Coffee tasting evening", "ar", "أمسية تذوق القهوة", "he", "ערב טעימות קפה").get(language));
        values.put("date", "2026-12-12");
        values.put("time", "18:00–20:00");
        values.put("place", Map.of("en", "Café corner, ground floor", "ar", "ركن المقهى، الطابق الأرضي",
                "he", "פינת הקפה, קומת קרקע").get(language));
        values.put("description", Map.of(
                "en", "Taste three single-origin coffees with our roaster and get 10% off beans on the night.",
                "ar", "تذوّقوا ثلاثة أنواع من القهوة مع المحمّص واحصلوا على خصم ١٠٪ على البن في تلك الليلة.",
                "he", "טעמו שלושה סוגי קפה עם הקולה שלנו וקבלו 10% הנחה על פולים באותו ערב.").get(language));
        values.put("signupUrl", SIGNUP);
        values.put("cta", Map.of("en", "Scan to sign up", "ar", "امسح الرمز للتسجيل", "he", "סרקו להרשמה").get(language));
        values.put("image", "ab".repeat(32));
        values.putAll(overrides);
        return values;
    }
}
