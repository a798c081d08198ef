package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.template.SlideRenderException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutParserTest {

    @Test
    void readsElementsInPaintOrder() {
        SlideLayout layout = LayoutParser.parse("""
                <slide background="brand">
                  <rect x="0" y="0" w="100" h="50" fill="accent" radius="4"/>
                  <text x="1" y="2" w="3" h="4" size="40" min-size="12" weight="bold" color="paper" align="end"
                        valign="middle" max-lines="2" strike="true"> Hello </text>
                  <image x="5" y="6" w="7" h="8" ref="abc" fit="cover"/>
                  <qr x="9" y="10" w="11" h="12" data="https://example.com"/>
                </slide>""", 1920, 1080);

        assertEquals(new SlideLayout(1920, 1080, "brand", List.of(
                new LayoutElement.Rect(new LayoutElement.Box(0, 0, 100, 50), "accent", 4),
                new LayoutElement.Text(new LayoutElement.Box(1, 2, 3, 4), "Hello", 40, 12, true, "paper", "end", "middle", 2, true),
                new LayoutElement.Image(new LayoutElement.Box(5, 6, 7, 8), "abc", "cover"),
                new LayoutElement.Qr(new LayoutElement.Box(9, 10, 11, 12), "https://example.com", "ink", "paper"))), layout);
    }

    @Test
    void textDefaultsToOneStartAlignedLineShrinkingToHalfSize() {
        SlideLayout layout = LayoutParser.parse("<slide><text w=\"10\" h=\"10\" size=\"40\">Hi</text></slide>", 10, 10);

        assertEquals(new LayoutElement.Text(new LayoutElement.Box(0, 0, 10, 10), "Hi", 40, 20, false, "ink", "start", "top", 1, false),
                layout.elements().get(0));
        assertEquals("paper", layout.background());
    }

    @Test
    void roundsFractionalCoordinates() {
        SlideLayout layout = LayoutParser.parse("<slide><rect x=\"10.6\" y=\"0.4\" w=\"5\" h=\"5\"/></slide>", 10, 10);

        assertEquals(new LayoutElement.Box(11, 0, 5, 5), layout.elements().get(0).box());
    }

    @Test
    void refusesADoctypeSoNoEntityCanReachAFile() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE slide [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<slide><text w=\"9\" h=\"9\">&x;</text></slide>";

        SlideRenderException e = assertThrows(SlideRenderException.class, () -> LayoutParser.parse(xml, 10, 10));

        assertTrue(e.getMessage().startsWith("template produced invalid layout XML"), e.getMessage());
    }

    @Test
    void refusesAnUnknownElement() {
        SlideRenderException e = assertThrows(SlideRenderException.class,
                () -> LayoutParser.parse("<slide><video/></slide>", 10, 10));

        assertEquals("unknown layout element <video>", e.getMessage());
    }

    @Test
    void refusesANonNumericCoordinate() {
        SlideRenderException e = assertThrows(SlideRenderException.class,
                () -> LayoutParser.parse("<slide><rect x=\"1,920\"/></slide>", 10, 10));

        assertEquals("<rect> attribute x='1,920' is not a number", e.getMessage());
    }

    @Test
    void refusesAnotherRootElement() {
        SlideRenderException e = assertThrows(SlideRenderException.class, () -> LayoutParser.parse("<page/>", 10, 10));

        assertEquals("layout root must be <slide>, was <page>", e.getMessage());
    }

    @Test
    void refusesANegativeSize() {
        assertThrows(IllegalArgumentException.class, () -> LayoutParser.parse("<slide><rect w=\"-5\" h=\"5\"/></slide>", 10, 10));
    }
}
