package com.coopromo.assets.domain;

/** Where a banner's text sits, in pixels from the image's top-left corner: the area the contrast is measured in. */
public final class TextArea {
    private final int x;
    private final int y;
    private final int width;
    private final int height;

    public TextArea(int x, int y, int width, int height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    public int x() { return x; }
    public int y() { return y; }
    public int width() { return width; }
    public int height() { return height; }

    /** True if the area is not empty and lies wholly inside an image of this size. */
    public boolean fitsInside(int imageWidth, int imageHeight) {
        return x >= 0 && y >= 0 && width > 0 && height > 0 && (long) x + width <= imageWidth
                && (long) y + height <= imageHeight;
    }

    /** "x 10, y 20, 300x40 px", for messages. */
    public String describe() {
        return "x " + x + ", y " + y + ", " + width + "x" + height + " px";
    }
}
