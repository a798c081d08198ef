package com.storefront.signage.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {
    private final TemplateCatalog catalog = TemplateCatalog.fromClassPath();

    @Test
    void listsTheShippedPacksSortedById() {
        assertEquals(List.of("aisle-guidance", "checkout-thanks", "emergency", "event-signup", "pairing-code", "promotion",
                "recommendations", "shelf-label", "welcome"), catalog.all().stream().map(TemplatePack::id).toList());
    }

    @Test
    void everyPackHasAnExistingSourceForEveryDisplayClass() {
        ClassLoader loader = TemplateCatalogTest.class.getClassLoader();
        for (TemplatePack pack : catalog.all()) {
            for (DisplayClass c : DisplayClass.values()) {
                String source = pack.variantFor(c);
                assertTrue(source.startsWith(pack.id() + "/") && source.endsWith(".ftl"), source);
                assertNotNull(loader.getResource("templates/" + source), () -> pack.id() + " misses " + source);
            }
        }
    }

    @Test
    void everyPackHasAThumbnailAsLargeAsThePickerShowsIt() throws java.io.IOException {
        for (TemplatePack pack : catalog.all()) {
            byte[] png = catalog.thumbnail(pack.id()).orElseThrow(() -> new AssertionError(pack.id()
                    + " has no thumbnail.png; run ./bench/templates.sh"));
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertEquals(320, image.getWidth(), pack.id());
            assertEquals(180, image.getHeight(), pack.id());
        }
        assertTrue(catalog.thumbnail("no-such-template").isEmpty());
    }

    @Test
    void everyPackHasARequiredField() {
        for (TemplatePack pack : catalog.all()) {
            assertTrue(pack.fields().stream().anyMatch(FieldSpec::required), pack.id());
        }
    }

    @Test
    void readsFieldSchemaFromTemplateJson() {
        FieldSpec headline = catalog.get("promotion").field("headline").orElseThrow();

        assertEquals(new FieldSpec("headline", FieldType.TEXT, "Headline", true, 60, true), headline);
    }

    @Test
    void choiceFieldNeedsOptionsAndOnlyChoiceFieldsHaveThem() {
        assertThrows(IllegalArgumentException.class, () -> new FieldSpec("c", FieldType.CHOICE, null, false, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldSpec("c", FieldType.CHOICE, null, false, 0, true, List.of("a")));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldSpec("t", FieldType.TEXT, null, false, 0, false, List.of("a")));
        assertEquals(List.of(), new FieldSpec("t", FieldType.TEXT, null, false, 0, false).options());
    }

    @Test
    void unknownTemplateIsASlideRenderExceptionNamingIt() {
        SlideRenderException e = assertThrows(SlideRenderException.class, () -> catalog.get("countdown"));

        assertEquals("unknown template 'countdown'", e.getMessage());
        assertTrue(catalog.find("countdown").isEmpty());
    }

    @Test
    void aPackWithoutAVariantForAClassSaysWhichClass() {
        TemplatePack pack = new TemplatePack("partial", "Partial", "", List.of(), Map.of("hd-landscape", "screen.ftl"));

        SlideRenderException e = assertThrows(SlideRenderException.class, () -> pack.variantFor(DisplayClass.EINK_BW));

        assertEquals("template 'partial' has no variant for eink-bw", e.getMessage());
    }

    @Test
    void fieldSpecDefaultsItsLengthLimitAndLabel() {
        assertEquals(200, new FieldSpec("t", FieldType.TEXT, null, false, 0, false).maxLength());
        assertEquals(2000, new FieldSpec("u", FieldType.URL, null, false, 0, false).maxLength());
        assertEquals("t", new FieldSpec("t", FieldType.TEXT, null, false, 0, false).label());
    }
}
