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
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The emergency layer's slide: large text, no pictures, the highest contrast each panel can show. */
class EmergencyTemplateTest {
    static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("emergency");
    private static final StoreLocale STORE = new StoreLocale("de-DE", "EUR");
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    private static final int RED = 0xFF0000;

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("com.storefront.signage.core.render.TemplateFrames#everyDisplayClassInEachScript")
    void title_and_instructions_fit_inside_the_frame(DisplayClass displayClass, String language) {
        for (String severity : List.of("danger", "warning")) {
            SlideSpec spec = slide(language, Map.of("severity", severity));

            TemplateFrames.assertRendersInsideTheFrame(spec, displayClass);
            assertTrue(RENDERER.layout(spec, displayClass).elements().stream().noneMatch(e -> e instanceof LayoutElement.Image));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"danger", "warning"})
    void black_and_white_panels_show_it_inverted_white_text_on_a_mostly_black_panel(String severity) {
        BufferedImage frame = RENDERER.render(slide("en", Map.of("severity", severity)), DisplayClass.EINK_BW, MediaSource.NONE);
        LayoutElement.Box all = new LayoutElement.Box(0, 0, frame.getWidth(), frame.getHeight());

        double black = (double) SlideRendererTest.count(frame, BLACK, all) / (frame.getWidth() * frame.getHeight());
        assertTrue(black > 0.75, "black share " + black);
        LayoutElement.Box title = RENDERER.layout(slide("en", Map.of()), DisplayClass.EINK_BW).elements().get(0).box();
        assertTrue(SlideRendererTest.count(frame, WHITE, title) > 2000, "the title is drawn in white");
        assertEquals(Set.of(BLACK, WHITE), SlideRendererTest.colours(frame));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he"})
    void danger_on_the_red_label_is_white_on_red(String language) {
        BufferedImage frame = RENDERER.render(slide(language, Map.of("severity", "danger")), DisplayClass.EINK_BWR_LABEL, MediaSource.NONE);

        assertEquals(List.of(RED, WHITE), dominantColours(frame));
    }

    static Stream<Arguments> everyDisplayClassAndSeverity() {
        return Stream.of(DisplayClass.values()).flatMap(c -> Stream.of("danger", "warning").map(s -> Arguments.of(c, s)));
    }

    /**
     * The background and the text colour (the two commonest colours) reach WCAG AA for normal text,
     * 4.5:1; the red label reaches 4:1 for danger, its red and white being the panel's own inks,
     * which is above the 3:1 AA asks of large text like this.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyDisplayClassAndSeverity")
    void background_and_text_contrast_at_least_wcag_aa(DisplayClass displayClass, String severity) {
        BufferedImage frame = RENDERER.render(slide("en", Map.of("severity", severity)), displayClass, MediaSource.NONE);
        List<Integer> dominant = dominantColours(frame);

        double ratio = TemplateFrames.contrast(dominant.get(0), dominant.get(1));
        double needed = displayClass == DisplayClass.EINK_BWR_LABEL ? 3.0 : 4.5;
        assertTrue(ratio >= needed, String.format("%06X on %06X is %.2f:1", dominant.get(1), dominant.get(0), ratio));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void a_missing_severity_is_shown_as_danger(String language) {
        Map<String, Object> values = values(language, Map.of());
        values.remove("severity");
        SlideSpec without = SlideSpecResolver.resolve(PACK, values, language, STORE);

        for (DisplayClass c : DisplayClass.values()) {
            assertEquals(pixels(RENDERER.render(slide(language, Map.of("severity", "danger")), c, MediaSource.NONE)),
                    pixels(RENDERER.render(without, c, MediaSource.NONE)), c.id());
        }
    }

    private static List<Integer> pixels(BufferedImage frame) {
        return java.util.Arrays.stream(frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth())).boxed().toList();
    }

    private static List<Integer> dominantColours(BufferedImage frame) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                counts.merge(frame.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2).map(Map.Entry::getKey).toList();
    }

    static SlideSpec slide(String language, Map<String, Object> overrides) {
        return SlideSpecResolver.resolve(PACK, values(language, overrides), language, STORE);
    }

    static Map<String, Object> values(String language, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Evacuate the store", "ar", "أخلوا المتجر", "he", "פנו את החנות").get(language));
        values.put("instructions", Map.of(
                "en", "Leave by the nearest marked exit. Do not use the lifts. Staff will guide you to the assembly point.",
                "ar", "غادروا عبر أقرب مخرج مُعلَّم. لا تستخدموا المصاعد. سيرشدكم الموظفون إلى نقطة التجمع.",
                "he", "צאו דרך היציאה המסומנת הקרובה. אל תשתמשו במעליות. הצוות ינחה אתכם לנקודת הכינוס.").get(language));
        values.put("severity", "danger");
        values.putAll(overrides);
        return values;
    }
}
