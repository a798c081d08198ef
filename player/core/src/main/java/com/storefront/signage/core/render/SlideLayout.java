package com.storefront.signage.core.render;

import java.util.List;

/** The drawable description a template produces for one display class: a background and elements in paint order. */
public record SlideLayout(int width, int height, String background, List<LayoutElement> elements) {
    public SlideLayout {
        elements = List.copyOf(elements);
    }
}
