package com.storefront.signage.core.render;

import static com.storefront.signage.core.render.TemplateFrames.RENDERER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The till's thank-you slide with a feedback QR code for CSAT or NPS surveys. */
class CheckoutThanksTemplateTest {
    static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("checkout-thanks");
    private static final StoreLocale STORE = new StoreLocale("de-DE", "EUR");
    static final String SURVEY = "https://survey.example.com/s/till-04?store=berlin-mitte";

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("com.storefront.signage.core.render.TemplateFrames#everyDisplayClassInEachScript")
    void every_field_fits_inside_the_frame(DisplayClass displayClass, String language) {
        SlideSpec spec = slide(language, Map.of());

        TemplateFrames.assertRendersInsideTheFrame(spec, displayClass);
        assertTrue(RENDERER.layout(spec, displayClass).elements().stream()
                .anyMatch(e -> e instanceof LayoutElement.Qr q && q.data().equals(SURVEY)), "the survey's QR code is shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void feedback_qr_decodes_to_the_survey_address_on_a_landscape_screen(String language) throws Exception {
        assertEquals(SURVEY, TemplateFrames.decodeQr(RENDERER.render(slide(language, Map.of()), DisplayClass.HD_LANDSCAPE, MediaSource.NONE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void feedback_qr_decodes_to_the_survey_address_on_the_296x128_label(String language) throws Exception {
        assertEquals(SURVEY, TemplateFrames.decodeQr(RENDERER.render(slide(language, Map.of()), DisplayClass.EINK_BWR_LABEL, MediaSource.NONE)));
    }

    @ParameterizedTest
    @EnumSource(DisplayClass.class)
    void the_survey_kind_picks_the_scale_hint(DisplayClass displayClass) {
        assertTrue(hasText(slide("en", Map.of("survey", "csat")), displayClass, "1–5"));
        assertTrue(hasText(slide("en", Map.of("survey", "nps")), displayClass, "0–10"));
        Map<String, Object> values = values("en", Map.of());
        values.remove("survey");
        SlideSpec without = SlideSpecResolver.resolve(PACK, values, "en", STORE);
        assertNull(RENDERER.layout(without, displayClass).elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && t.content().matches("\\d+–\\d+")).findFirst().orElse(null));
    }

    private static boolean hasText(SlideSpec spec, DisplayClass displayClass, String content) {
        return RENDERER.layout(spec, displayClass).elements().stream()
                .anyMatch(e -> e instanceof LayoutElement.Text t && t.content().equals(content));
    }

    static SlideSpec slide(String language, Map<String, Object> overrides) {
        return SlideSpecResolver.resolve(PACK, values(language, overrides), language, STORE);
    }

    static Map<String, Object> values(String language, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("headline", Map.of("en", "Thank you for shopping with us", "ar", "شكراً لتسوقكم معنا",
                "he", "תודה שקניתם אצלנו").get(language));
        values.put("message", Map.of("en", "We hope to see you again soon.", "ar", "نأمل أن نراكم مجدداً قريباً.",
                "he", "נשמח לראותכם שוב בקרוב.").get(language));
        values.put("prompt", Map.of("en", "How did we do? Scan to rate us", "ar", "كيف كانت تجربتك؟ امسح الرمز لتقييمنا",
                "he", "איך היינו? סרקו כדי לדרג אותנו").get(language));
        values.put("feedbackUrl", SURVEY);
        values.put("survey", "nps");
        values.putAll(overrides);
        return values;
    }
}
