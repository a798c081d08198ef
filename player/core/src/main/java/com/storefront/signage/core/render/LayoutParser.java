package com.storefront.signage.core.render;

import com.storefront.signage.core.template.SlideRenderException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the XML a template produced into a {@link SlideLayout}. DTDs and external entities are
 * refused: field values end up in this document, and they come from users.
 */
public final class LayoutParser {
    private LayoutParser() {
    }

    public static SlideLayout parse(String xml, int width, int height) {
        Element root = document(xml);
        if (!"slide".equals(root.getTagName())) {
            throw new SlideRenderException("layout root must be <slide>, was <" + root.getTagName() + ">");
        }
        List<LayoutElement> elements = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                elements.add(element(e));
            }
        }
        return new SlideLayout(width, height, attr(root, "background", "paper"), elements);
    }

    private static LayoutElement element(Element e) {
        LayoutElement.Box box = new LayoutElement.Box(num(e, "x", 0), num(e, "y", 0), num(e, "w", 0), num(e, "h", 0));
        return switch (e.getTagName()) {
            case "rect" -> new LayoutElement.Rect(box, attr(e, "fill", "ink"), num(e, "radius", 0));
            case "text" -> {
                int size = num(e, "size", 32);
                yield new LayoutElement.Text(box, e.getTextContent().strip(), size, num(e, "min-size", Math.max(8, size / 2)),
                        "bold".equals(attr(e, "weight", "regular")), attr(e, "color", "ink"),
                        attr(e, "align", "start"), attr(e, "valign", "top"), num(e, "max-lines", 1),
                        "true".equals(attr(e, "strike", "false")));
            }
            case "image" -> new LayoutElement.Image(box, attr(e, "ref", ""), attr(e, "fit", "contain"));
            case "qr" -> new LayoutElement.Qr(box, attr(e, "data", ""), attr(e, "color", "ink"), attr(e, "background", "paper"));
            default -> throw new SlideRenderException("unknown layout element <" + e.getTagName() + ">");
        };
    }

    private static Element document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new SlideRenderException("template produced invalid layout XML: " + e.getMessage(), e);
        }
    }

    private static String attr(Element e, String name, String fallback) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? fallback : v;
    }

    private static int num(Element e, String name, int fallback) {
        String v = e.getAttribute(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException ex) {
            throw new SlideRenderException("<" + e.getTagName() + "> attribute " + name + "='" + v + "' is not a number");
        }
    }

}
