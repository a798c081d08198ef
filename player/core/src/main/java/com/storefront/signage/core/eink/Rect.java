package com.storefront.signage.core.eink;

/** A rectangle of panel pixels, {@code [x, x + width) x [y, y + height)}. */
public record Rect(int x, int y, int width, int height) {
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a rectangle cannot have a negative size: " + width + "x" + height);
        }
    }

    public static Rect of(int width, int height) {
        return new Rect(0, 0, width, height);
    }

    public long area() {
        return (long) width * height;
    }

    public boolean empty() {
        return width == 0 || height == 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        int nx = Math.min(x, o.x);
        int ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    /** Grown outwards to multiples of {@code grid} and clipped to {@code bounds}. */
    public Rect align(int grid, Rect bounds) {
        int nx = Math.floorDiv(x, grid) * grid;
        int ny = Math.floorDiv(y, grid) * grid;
        int nr = Math.min(bounds.right(), Math.floorDiv(right() + grid - 1, grid) * grid);
        int nb = Math.min(bounds.bottom(), Math.floorDiv(bottom() + grid - 1, grid) * grid);
        nx = Math.max(bounds.x, nx);
        ny = Math.max(bounds.y, ny);
        return new Rect(nx, ny, Math.max(0, nr - nx), Math.max(0, nb - ny));
    }
}
