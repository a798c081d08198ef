package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideRenderException;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlideRendererTest {
    private static final String IMAGE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final int MAGENTA = 0xFF00FF;
    private static final int ACCENT = 0xD62828;

    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();

    @Test
    void renderingTheSameSlideTwiceGivesIdenticalPixels() {
        SlideSpec spec = promotion("en", Map.of("image", IMAGE));

        int[] first = pixels(RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, magentaMedia()));
        int[] second = pixels(RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, magentaMedia()));
        int[] otherRenderer = pixels(SlideRenderer.fromClassPath().render(spec, DisplayClass.HD_LANDSCAPE, magentaMedia()));

        assertArrayEquals(first, second);
        assertArrayEquals(first, otherRenderer);
    }

    @ParameterizedTest
    @EnumSource(DisplayClass.class)
    void framesHaveTheDisplayClassesNativeSize(DisplayClass displayClass) {
        for (SlideSpec spec : List.of(promotion("en", Map.of()), welcome("ar"), pairingCode())) {
            BufferedImage frame = RENDERER.render(spec, displayClass, MediaSource.NONE);

            assertEquals(displayClass.width(), frame.getWidth(), spec.templateId());
            assertEquals(displayClass.height(), frame.getHeight(), spec.templateId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "he", "bg"})
    void blackAndWhiteEinkFrameHasOnlyPureBlackAndWhite(String language) {
        for (SlideSpec spec : List.of(promotion(language, Map.of("validUntil", "24 Dec 2026")), welcome(language), pairingCode())) {
            Set<Integer> colours = colours(RENDERER.render(spec, DisplayClass.EINK_BW, MediaSource.NONE));

            assertEquals(Set.of(0x000000, 0xFFFFFF), colours, spec.templateId() + " used " + hex(colours));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void shelfLabelFrameHasOnlyBlackWhiteAndRed(String language) {
        for (SlideSpec spec : List.of(promotion(language, Map.of("percentOff", "30%")), welcome(language))) {
            Set<Integer> colours = colours(RENDERER.render(spec, DisplayClass.EINK_BWR_LABEL, MediaSource.NONE));

            assertEquals(Set.of(0x000000, 0xFFFFFF, 0xFF0000), colours, spec.templateId() + " used " + hex(colours));
        }
    }

    @Test
    void grayEinkFrameUsesOnlyThePalettesGreys() {
        Set<Integer> greys = Set.of(0xFFFFFF, 0x000000, 0x555555, 0x333333, 0xDDDDDD);
        for (SlideSpec spec : List.of(promotion("en", Map.of("validUntil", "24 Dec 2026")), welcome("en"), pairingCode())) {
            Set<Integer> colours = colours(RENDERER.render(spec, DisplayClass.EINK_GRAY16, MediaSource.NONE));

            assertTrue(greys.containsAll(colours), spec.templateId() + " used " + hex(colours));
        }
    }

    @Test
    void einkFramesShowOnlyThePanelsColoursEvenForColourPhotos() {
        BufferedImage photo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                photo.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x40);
            }
        }
        MediaSource media = sha -> Optional.of(photo);
        SlideSpec spec = promotion("en", Map.of("image", IMAGE));

        Set<Integer> bw = colours(RENDERER.render(spec, DisplayClass.EINK_BW, media));
        Set<Integer> gray = colours(RENDERER.render(spec, DisplayClass.EINK_GRAY16, media));

        assertEquals(Set.of(0x000000, 0xFFFFFF), bw, hex(bw));
        assertTrue(gray.size() > 5, "a photo keeps its shades: " + hex(gray));
        assertTrue(gray.stream().allMatch(c -> (c & 0xFF) % 17 == 0 && c == (c & 0xFF) * 0x010101), hex(gray));
    }

    @Test
    void nowPriceIsDrawnInTheAccentColourOnHd() {
        SlideSpec spec = promotion("en", Map.of());
        LayoutElement.Box price = accentTextBox(RENDERER.layout(spec, DisplayClass.HD_LANDSCAPE), "$3.49");

        BufferedImage frame = RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, MediaSource.NONE);

        int inside = count(frame, ACCENT, price);
        int everywhere = count(frame, ACCENT, new LayoutElement.Box(0, 0, frame.getWidth(), frame.getHeight()));
        assertTrue(inside > 1000, "only " + inside + " accent pixels in the price box");
        assertEquals(everywhere, inside, "accent pixels outside the price box");
    }

    @Test
    void nowPriceIsDrawnInTheAccentColourOnPortrait() {
        SlideSpec spec = promotion("en", Map.of());
        LayoutElement.Box price = accentTextBox(RENDERER.layout(spec, DisplayClass.HD_PORTRAIT), "$3.49");

        BufferedImage frame = RENDERER.render(spec, DisplayClass.HD_PORTRAIT, MediaSource.NONE);

        assertTrue(count(frame, ACCENT, price) > 1000);
    }

    @Test
    void imageFieldShowsTheMediaItNames() {
        SlideSpec spec = promotion("en", Map.of("image", IMAGE));

        BufferedImage frame = RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, magentaMedia());

        // the landscape promotion covers its left half with the product image
        LayoutElement.Box leftHalf = new LayoutElement.Box(0, 0, 960, 1080);
        assertEquals(960 * 1080, count(frame, MAGENTA, leftHalf));
    }

    @Test
    void imageIsAskedForByItsSha256() {
        List<String> asked = new java.util.ArrayList<>();
        MediaSource recording = sha -> {
            asked.add(sha);
            return Optional.empty();
        };

        RENDERER.render(promotion("en", Map.of("image", IMAGE)), DisplayClass.HD_PORTRAIT, recording);

        assertEquals(List.of(IMAGE), asked);
    }

    @Test
    void missingMediaLeavesTheImageAreaEmptyRatherThanFailing() {
        BufferedImage frame = RENDERER.render(promotion("en", Map.of("image", IMAGE)), DisplayClass.HD_LANDSCAPE, MediaSource.NONE);

        assertEquals(0, count(frame, MAGENTA, new LayoutElement.Box(0, 0, frame.getWidth(), frame.getHeight())));
    }

    @Test
    void rightToLeftLanguageMirrorsTheLayout() {
        SlideLayout english = RENDERER.layout(promotion("en", Map.of()), DisplayClass.HD_LANDSCAPE);
        SlideLayout arabic = RENDERER.layout(promotion("ar", Map.of()), DisplayClass.HD_LANDSCAPE);

        assertEquals(0, english.elements().get(0).box().x());
        assertEquals(960, arabic.elements().get(0).box().x());
    }

    @Test
    void unknownTemplateIsASlideRenderException() {
        SlideSpec spec = new SlideSpec("countdown", "en", Map.of("headline", "Soon"), List.of());

        SlideRenderException e = assertThrows(SlideRenderException.class,
                () -> RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, MediaSource.NONE));

        assertTrue(e.getMessage().contains("countdown"), e.getMessage());
    }

    @Test
    void markupInAFieldIsShownAsText() {
        // well-formed if pasted in raw: it would close the headline and add a black rectangle over the slide
        String headline = "Fish</text><rect x=\"0\" y=\"0\" w=\"1920\" h=\"1080\" fill=\"ink\"/><text>Chips";
        SlideSpec spec = promotion("en", Map.of("headline", headline));

        SlideLayout layout = RENDERER.layout(spec, DisplayClass.HD_LANDSCAPE);

        assertEquals(headline, ((LayoutElement.Text) layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && t.content().contains("Fish"))
                .findFirst().orElseThrow()).content());
        assertEquals(RENDERER.layout(promotion("en", Map.of()), DisplayClass.HD_LANDSCAPE).elements().size(),
                layout.elements().size(), "no element may be injected");
    }

    @Test
    void markupInAFieldRendersWithoutError() {
        SlideSpec spec = promotion("en", Map.of("headline", "<rect/> & <![CDATA[x]]> &amp; \"'", "body", "]]> <!-- -->"));

        for (DisplayClass c : DisplayClass.values()) {
            BufferedImage frame = RENDERER.render(spec, c, MediaSource.NONE);
            assertEquals(c.width(), frame.getWidth());
        }
    }

    @Test
    void charactersXmlForbidsDoNotStopTheSlideRendering() {
        SlideSpec spec = promotion("en", Map.of("headline", "Summer\u000Bsale\u0000", "body", "Ring \u0007 \uFFFE twice"));

        for (DisplayClass c : DisplayClass.values()) {
            BufferedImage frame = RENDERER.render(spec, c, MediaSource.NONE);
            assertEquals(c.width(), frame.getWidth());
        }
    }

    @Test
    void charactersXmlForbidsAreShownAsSpaces() {
        SlideSpec spec = promotion("en", Map.of("headline", "Summer\u000Bsale"));

        SlideLayout layout = RENDERER.layout(spec, DisplayClass.HD_LANDSCAPE);

        assertTrue(layout.elements().stream().anyMatch(e -> e instanceof LayoutElement.Text t && t.content().equals("Summer sale")));
    }

    @Test
    void quotesInAnImageReferenceCannotAddAttributes() {
        String ref = IMAGE + "\" x=\"900";
        SlideSpec spec = promotion("en", Map.of("image", ref));

        LayoutElement.Image image = (LayoutElement.Image) RENDERER.layout(spec, DisplayClass.HD_LANDSCAPE).elements().get(0);

        assertEquals(ref, image.ref());
        assertEquals(0, image.box().x());
    }

    @Test
    void everyShippedLanguageRendersOnEveryDisplayClass() {
        for (String language : List.of("en", "ar", "he", "bg", "fa")) {
            for (DisplayClass c : DisplayClass.values()) {
                BufferedImage frame = RENDERER.render(promotion(language, Map.of("image", IMAGE)), c, magentaMedia());
                assertTrue(colours(frame).size() > 1, language + " on " + c.id() + " is blank");
            }
        }
    }

    static SlideSpec promotion(String language, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>();
        fields.put("headline", headline(language));
        fields.put("body", "Fresh from local farms");
        fields.put("wasPrice", "$4.99");
        fields.put("nowPrice", "$3.49");
        fields.putAll(overrides);
        List<String> media = fields.containsKey("image") ? List.of(fields.get("image")) : List.of();
        return new SlideSpec("promotion", language, fields, media);
    }

    private static SlideSpec welcome(String language) {
        return new SlideSpec("welcome", language, Map.of("greeting", headline(language), "message", "Open every day",
                "storeName", "Corner Market"), List.of());
    }

    private static SlideSpec pairingCode() {
        return new SlideSpec("pairing-code", "en", Map.of("code", "K7P-Q2M", "instructions",
                "Enter this code in the admin console", "server", "https://signage.example.com"), List.of());
    }

    private static String headline(String language) {
        return switch (language) {
            case "ar" -> "تخفيضات الصيف على الفراولة";
            case "he" -> "מבצע קיץ מחיר 12.90 ₪";
            case "fa" -> "حراج تابستانی";
            case "bg" -> "Лятна разпродажба на ягоди";
            default -> "Summer sale on strawberries";
        };
    }

    static MediaSource magentaMedia() {
        BufferedImage magenta = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < magenta.getHeight(); y++) {
            for (int x = 0; x < magenta.getWidth(); x++) {
                magenta.setRGB(x, y, MAGENTA);
            }
        }
        return sha -> IMAGE.equals(sha) ? Optional.of(magenta) : Optional.empty();
    }

    private static LayoutElement.Box accentTextBox(SlideLayout layout, String content) {
        return layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && t.content().equals(content) && t.color().equals("accent"))
                .map(LayoutElement::box)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one accent text box says " + content);
                })
                .orElseThrow(() -> new AssertionError("no accent text box says " + content));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new TreeSet<>();
        for (int rgb : pixels(image)) {
            colours.add(rgb & 0xFFFFFF);
        }
        return colours;
    }

    static int count(BufferedImage image, int rgb, LayoutElement.Box box) {
        int n = 0;
        for (int y = box.y(); y < box.y() + box.h(); y++) {
            for (int x = box.x(); x < box.x() + box.w(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String hex(Set<Integer> colours) {
        return colours.size() > 12 ? colours.size() + " colours"
                : colours.stream().map(c -> String.format("%06X", c)).toList().toString();
    }
}
