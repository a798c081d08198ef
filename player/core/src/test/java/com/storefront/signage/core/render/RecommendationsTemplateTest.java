package com.storefront.signage.core.render;

import static com.storefront.signage.core.render.TemplateLayouts.textBox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Product recommendations: a grid of as many products as are filled, 3 to 6, on every display class. */
class RecommendationsTemplateTest {
    private static final TemplatePack PACK = TemplateCatalog.fromClassPath().get("recommendations");
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final StoreLocale STORE = new StoreLocale("en-US", "USD");
    private static final Map<String, List<String>> NAMES = Map.of(
            "en", List.of("Sourdough loaf", "Greek yoghurt 500 g", "Free-range eggs, 12", "Cold brew coffee", "Baby spinach 200 g", "Dark chocolate 70%"),
            "ar", List.of("خبز العجين المخمر", "زبادي يوناني ٥٠٠ غ", "بيض بلدي ١٢ حبة", "قهوة باردة", "سبانخ صغيرة ٢٠٠ غ", "شوكولاتة داكنة ٧٠٪"),
            "he", List.of("לחם מחמצת", "יוגורט יווני 500 גרם", "ביצי חופש 12", "קפה קר", "תרד בייבי 200 גרם", "שוקולד מריר 70%"));

    static Stream<Arguments> everyDisplayClassInEachScript() {
        return Stream.of("en", "ar", "he").flatMap(language ->
                Stream.of(DisplayClass.values()).map(c -> Arguments.of(c, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyDisplayClassInEachScript")
    void renders_three_and_six_products_inside_the_frame_in_every_display_class(DisplayClass displayClass, String language) {
        for (int count : new int[] {3, 6}) {
            SlideSpec spec = slide(language, count, Map.of());

            BufferedImage frame = RENDERER.render(spec, displayClass, TemplateLayouts.DISCS);

            assertEquals(displayClass.width(), frame.getWidth());
            assertEquals(displayClass.height(), frame.getHeight());
            SlideLayout layout = RENDERER.layout(spec, displayClass);
            TemplateLayouts.assertInsideFrame(layout);
            TemplateLayouts.assertTextFits(layout);
            assertNotNull(textBox(layout, spec.fields().get("title")), "title is shown");
            int expected = displayClass == DisplayClass.EINK_BWR_LABEL ? 3 : count;
            for (int i = 1; i <= expected; i++) {
                assertNotNull(textBox(layout, spec.fields().get("product" + i + "Name")), "product " + i + " name is shown");
                assertNotNull(textBox(layout, spec.fields().get("product" + i + "Price")), "product " + i + " price is shown");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DisplayClass.class, names = "EINK_BWR_LABEL", mode = EnumSource.Mode.EXCLUDE)
    void six_products_fill_twice_as_many_product_boxes_as_three(DisplayClass displayClass) {
        SlideLayout three = RENDERER.layout(slide("en", 3, Map.of()), displayClass);
        SlideLayout six = RENDERER.layout(slide("en", 6, Map.of()), displayClass);

        assertEquals(3, productNameBoxes(three, "en").size());
        assertEquals(6, productNameBoxes(six, "en").size());
        assertEquals(2 * cardCount(three), cardCount(six));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void the_grid_rows_follow_the_product_count_on_a_landscape_screen(int count) {
        SlideLayout layout = RENDERER.layout(slide("en", count, Map.of()), DisplayClass.HD_LANDSCAPE);

        assertEquals(count <= 4 ? 1 : 2, rowsOf(productNameBoxes(layout, "en")));
    }

    @ParameterizedTest
    @EnumSource(value = DisplayClass.class, names = {"HD_PORTRAIT", "EINK_GRAY16"})
    void four_products_make_a_two_by_two_grid_on_tall_displays(DisplayClass displayClass) {
        SlideLayout layout = RENDERER.layout(slide("en", 4, Map.of()), displayClass);

        assertEquals(2, rowsOf(productNameBoxes(layout, "en")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he"})
    void right_to_left_languages_mirror_the_grid(String language) {
        DisplayClass c = DisplayClass.HD_LANDSCAPE;
        List<LayoutElement.Box> ltr = productNameBoxes(RENDERER.layout(slide("en", 6, Map.of()), c), "en");
        List<LayoutElement.Box> rtl = productNameBoxes(RENDERER.layout(slide(language, 6, Map.of()), c), language);

        assertEquals(ltr.stream().map(b -> TemplateLayouts.mirrored(b, c.width())).toList(), rtl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_label_shows_the_title_and_the_first_three_products(String language) {
        SlideSpec spec = slide(language, 6, Map.of());
        SlideLayout layout = RENDERER.layout(spec, DisplayClass.EINK_BWR_LABEL);

        assertEquals(3, productNameBoxes(layout, language).size());
        assertNull(textBox(layout, spec.fields().get("product4Name")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"top-sellers", "trending", "bought-together"})
    void only_top_sellers_are_ranked(String kind) {
        SlideLayout layout = RENDERER.layout(slide("en", 3, Map.of("kind", kind)), DisplayClass.HD_LANDSCAPE);

        boolean ranked = Stream.of("1", "2", "3").allMatch(rank -> textBox(layout, rank) != null);
        assertEquals("top-sellers".equals(kind), ranked);
    }

    static SlideSpec slide(String language, int count, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", Map.of("en", "Top sellers", "ar", "الأكثر مبيعاً", "he", "הנמכרים ביותר").get(language));
        values.put("subtitle", Map.of("en", "What our shoppers buy most this week", "ar", "ما يشتريه زبائننا أكثر هذا الأسبوع",
                "he", "מה שהלקוחות שלנו קונים השבוע").get(language));
        values.put("kind", "top-sellers");
        for (int i = 1; i <= count; i++) {
            values.put("product" + i + "Name", NAMES.get(language).get(i - 1));
            values.put("product" + i + "Price", (i + 1) + ".49");
            if (i % 3 != 0) {
                values.put("product" + i + "Image", Integer.toHexString(0x3A7BD5 + i * 0x241F0F).substring(0, 6).repeat(11).substring(0, 64));
            }
        }
        values.putAll(overrides);
        return SlideSpecResolver.resolve(PACK, values, language, STORE);
    }

    private static List<LayoutElement.Box> productNameBoxes(SlideLayout layout, String language) {
        Set<String> names = Set.copyOf(NAMES.get(language));
        return layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && names.contains(t.content()))
                .map(LayoutElement::box).toList();
    }

    private static int rowsOf(List<LayoutElement.Box> boxes) {
        return boxes.stream().map(LayoutElement.Box::y).collect(Collectors.toSet()).size();
    }

    /** Card backgrounds: the white rounded rects on screens, the outer ink frame on e-ink. */
    private static long cardCount(SlideLayout layout) {
        return IntStream.range(0, layout.elements().size())
                .filter(i -> layout.elements().get(i) instanceof LayoutElement.Rect r
                        && (r.fill().equals("#FFFFFF") || r.fill().equals("ink") && r.box().y() > layout.height() / 5))
                .count();
    }
}
