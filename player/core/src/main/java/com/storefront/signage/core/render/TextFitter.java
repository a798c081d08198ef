package com.storefront.signage.core.render;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a box: wrap at word boundaries up to the line limit, shrink step by step down to
 * the minimum size, and only then cut the last line with an ellipsis. It never overflows the box.
 */
public final class TextFitter {
    private static final String ELLIPSIS = "\u2026";

    private final FontSet fonts;

    public TextFitter(FontSet fonts) {
        this.fonts = fonts;
    }

    public FittedText fit(String content, LayoutElement.Text spec, FontRenderContext frc) {
        String text = content.strip();
        boolean rtl = StyledText.isRightToLeft(text);
        if (text.isEmpty()) {
            return new FittedText(List.of(), spec.size(), false, rtl);
        }
        float size = spec.size();
        while (true) {
            Wrapped wrapped = wrap(text, size, spec, rtl, frc);
            if (wrapped.fits(spec)) {
                return new FittedText(wrapped.layouts(), size, false, rtl);
            }
            if (size <= spec.minSize()) {
                return truncate(text, wrapped, size, spec, rtl, frc);
            }
            size = Math.max(spec.minSize(), size - Math.max(1f, size * 0.06f));
        }
    }

    private Wrapped wrap(String text, float size, LayoutElement.Text spec, boolean rtl, FontRenderContext frc) {
        List<Line> lines = new ArrayList<>();
        boolean brokeWord = false;
        int offset = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                LineBreakMeasurer measurer = new LineBreakMeasurer(
                        StyledText.of(paragraph, size, spec.bold(), rtl, fonts).getIterator(), frc);
                while (measurer.getPosition() < paragraph.length()) {
                    int start = measurer.getPosition();
                    TextLayout layout = measurer.nextLayout(Math.max(1, spec.box().w()));
                    int end = measurer.getPosition();
                    if (end < paragraph.length() && !isBreakable(paragraph, end)) {
                        brokeWord = true;
                    }
                    lines.add(new Line(layout, offset + start));
                }
            }
            offset += paragraph.length() + 1;
        }
        return new Wrapped(lines, brokeWord);
    }

    private static boolean isBreakable(String paragraph, int end) {
        char before = paragraph.charAt(end - 1);
        return Character.isWhitespace(before) || Character.isWhitespace(paragraph.charAt(end))
                || before == '-' || before == '/' || before == '\u2010';
    }

    private FittedText truncate(String text, Wrapped wrapped, float size, LayoutElement.Text spec,
                                boolean rtl, FontRenderContext frc) {
        List<TextLayout> kept = new ArrayList<>();
        float used = 0;
        int limit = Math.max(1, spec.maxLines());
        for (Line line : wrapped.lines()) {
            float h = lineHeight(line.layout());
            if (kept.size() == limit || used + h > spec.box().h() && !kept.isEmpty()) {
                break;
            }
            kept.add(line.layout());
            used += h;
        }
        int last = kept.size() - 1;
        String rest = text.substring(wrapped.lines().get(last).start()).replace('\n', ' ');
        kept.set(last, ellipsized(rest, size, spec, rtl, frc));
        return new FittedText(kept, size, true, rtl);
    }

    /** The longest prefix of {@code rest} that fits the width with an ellipsis after it. */
    private TextLayout ellipsized(String rest, float size, LayoutElement.Text spec, boolean rtl, FontRenderContext frc) {
        int lo = 0;
        int hi = rest.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (layout(cut(rest, mid), size, spec, rtl, frc).getVisibleAdvance() <= spec.box().w()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return layout(cut(rest, lo), size, spec, rtl, frc);
    }

    private static String cut(String rest, int length) {
        int end = length;
        if (end > 0 && end < rest.length() && Character.isLowSurrogate(rest.charAt(end))) {
            end--;
        }
        return rest.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private TextLayout layout(String line, float size, LayoutElement.Text spec, boolean rtl, FontRenderContext frc) {
        return new TextLayout(StyledText.of(line, size, spec.bold(), rtl, fonts).getIterator(), frc);
    }

    static float lineHeight(TextLayout layout) {
        return layout.getAscent() + layout.getDescent() + layout.getLeading();
    }

    private record Line(TextLayout layout, int start) {
    }

    private record Wrapped(List<Line> lines, boolean brokeWord) {
        boolean fits(LayoutElement.Text spec) {
            float h = 0;
            for (Line line : lines) {
                h += lineHeight(line.layout());
            }
            return !brokeWord && lines.size() <= Math.max(1, spec.maxLines()) && h <= spec.box().h();
        }

        List<TextLayout> layouts() {
            return lines.stream().map(Line::layout).toList();
        }
    }
}
