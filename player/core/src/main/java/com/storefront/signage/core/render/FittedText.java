package com.storefront.signage.core.render;

import java.awt.font.TextLayout;
import java.util.List;

/** Text laid out to fit a box: its lines, the size it needed, and whether it had to be cut with an ellipsis. */
public record FittedText(List<TextLayout> lines, float size, boolean truncated, boolean rightToLeft) {
    public FittedText {
        lines = List.copyOf(lines);
    }

    public float height() {
        float h = 0;
        for (TextLayout line : lines) {
            h += line.getAscent() + line.getDescent() + line.getLeading();
        }
        return h;
    }
}
