package com.storefront.signage.core.render;

import static com.storefront.signage.core.render.TemplateLayouts.textBox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Aisle guidance: category, location and an arrow that points the shopper's way in every language. */
class AisleGuidanceTemplateTest {
    private static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("aisle-guidance");
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final StoreLocale STORE = new StoreLocale("en-US", "USD");
    private static final List<String> DIRECTIONS = List.of("left", "right", "ahead", "back");

    static Stream<Arguments> everyDisplayClassInEachScript() {
        return Stream.of("en", "ar", "he").flatMap(language ->
                Stream.of(DisplayClass.values()).map(c -> Arguments.of(c, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyDisplayClassInEachScript")
    void renders_every_field_inside_the_frame_in_every_display_class(DisplayClass displayClass, String language) {
        for (String direction : DIRECTIONS) {
            SlideSpec spec = slide(language, Map.of("direction", direction));

            BufferedImage frame = RENDERER.render(spec, displayClass, MediaSource.NONE);

            assertEquals(displayClass.width(), frame.getWidth());
            assertEquals(displayClass.height(), frame.getHeight());
            SlideLayout layout = RENDERER.layout(spec, displayClass);
            TemplateLayouts.assertInsideFrame(layout);
            TemplateLayouts.assertTextFits(layout);
            for (String field : List.of("category", "location", "compare1Name", "compare1Price", "compare1Note",
                    "compare2Name", "compare2Price", "compare2Note")) {
                assertNotNull(textBox(layout, spec.fields().get(field)), field + " is shown");
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyDisplayClassInEachScript")
    void the_arrow_points_the_shoppers_way(DisplayClass displayClass, String language) {
        for (String direction : DIRECTIONS) {
            List<LayoutElement.Box> arrow = arrow(RENDERER.layout(slide(language, Map.of("direction", direction)), displayClass));
            boolean horizontal = direction.equals("left") || direction.equals("right");
            ToIntFunction<LayoutElement.Box> across = horizontal ? LayoutElement.Box::h : LayoutElement.Box::w;
            Comparator<LayoutElement.Box> towardsTip = switch (direction) {
                case "left" -> Comparator.comparingInt(b -> -b.x());
                case "right" -> Comparator.comparingInt(b -> b.x() + b.w());
                case "ahead" -> Comparator.comparingInt(b -> -b.y());
                default -> Comparator.comparingInt(b -> b.y() + b.h());
            };

            LayoutElement.Box tip = arrow.stream().max(towardsTip).orElseThrow();
            LayoutElement.Box tail = arrow.stream().min(towardsTip).orElseThrow();
            assertTrue(across.applyAsInt(tip) < across.applyAsInt(tail), direction + ": tip " + tip + ", tail " + tail);
        }
    }

    @ParameterizedTest
    @EnumSource(DisplayClass.class)
    void right_to_left_mirrors_the_layout_but_not_the_arrow(DisplayClass displayClass) {
        for (String direction : DIRECTIONS) {
            SlideSpec en = slide("en", Map.of("direction", direction));
            SlideSpec ar = slide("ar", Map.of("direction", direction));
            SlideLayout ltr = RENDERER.layout(en, displayClass);
            SlideLayout rtl = RENDERER.layout(ar, displayClass);

            assertEquals(TemplateLayouts.mirrored(textBox(ltr, en.fields().get("category")), displayClass.width()),
                    textBox(rtl, ar.fields().get("category")));
            assertEquals(relativeToPanel(ltr), relativeToPanel(rtl), direction);
        }
    }

    @ParameterizedTest
    @EnumSource(DisplayClass.class)
    void without_a_comparison_category_location_and_arrow_keep_their_boxes(DisplayClass displayClass) {
        SlideSpec with = slide("en", Map.of());
        Map<String, Object> values = values("en", Map.of());
        values.keySet().removeIf(k -> k.startsWith("compare"));
        SlideSpec without = SlideSpecResolver.resolve(PACK, values, "en", STORE);
        SlideLayout a = RENDERER.layout(with, displayClass);
        SlideLayout b = RENDERER.layout(without, displayClass);

        assertEquals(textBox(a, with.fields().get("category")), textBox(b, without.fields().get("category")));
        assertEquals(textBox(a, with.fields().get("location")), textBox(b, without.fields().get("location")));
        assertEquals(arrow(a), arrow(b));
    }

    static SlideSpec slide(String language, Map<String, Object> overrides) {
        return SlideSpecResolver.resolve(PACK, values(language, overrides), language, STORE);
    }

    static Map<String, Object> values(String language, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", Map.of("en", "Pasta & rice", "ar", "المعكرونة والأرز", "he", "פסטה ואורז").get(language));
        values.put("location", Map.of("en", "Aisle 7, left", "ar", "ممر ٧، يسار", "he", "מעבר 7, שמאל").get(language));
        values.put("direction", "left");
        values.put("compare1Name", Map.of("en", "Store brand", "ar", "علامة المتجر", "he", "מותג הבית").get(language));
        values.put("compare1Price", "3.49");
        values.put("compare1Note", Map.of("en", "Good", "ar", "جيد", "he", "טוב").get(language));
        values.put("compare2Name", Map.of("en", "Premium", "ar", "ممتاز", "he", "פרימיום").get(language));
        values.put("compare2Price", "5.99");
        values.put("compare2Note", Map.of("en", "Best", "ar", "الأفضل", "he", "הכי טוב").get(language));
        values.putAll(overrides);
        return values;
    }

    /** The arrow's rects: everything drawn inside the panel, which is the layout's first element. */
    private static List<LayoutElement.Box> arrow(SlideLayout layout) {
        LayoutElement.Box panel = layout.elements().get(0).box();
        return TemplateLayouts.rects(layout).stream().map(LayoutElement::box)
                .filter(b -> !b.equals(panel) && b.x() >= panel.x() && b.y() >= panel.y()
                        && b.x() + b.w() <= panel.x() + panel.w() && b.y() + b.h() <= panel.y() + panel.h())
                .toList();
    }

    private static List<LayoutElement.Box> relativeToPanel(SlideLayout layout) {
        LayoutElement.Box panel = layout.elements().get(0).box();
        return arrow(layout).stream()
                .map(b -> new LayoutElement.Box(b.x() - panel.x(), b.y() - panel.y(), b.w(), b.h())).toList();
    }
}
