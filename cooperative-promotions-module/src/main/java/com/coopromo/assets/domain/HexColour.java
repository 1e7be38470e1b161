package com.coopromo.assets.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB colour written as #rgb or #rrggbb, with its WCAG 2.x relative luminance. */
public final class HexColour {
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private final int red;
    private final int green;
    private final int blue;

    private HexColour(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** @throws IllegalArgumentException naming the value and the accepted forms */
    public static HexColour parse(String value) {
        String v = value == null ? "" : value.trim();
        if (!HEX.matcher(v).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a hex colour (#rgb or #rrggbb)");
        }
        String digits = v.substring(1);
        if (digits.length() == 3) {
            // #abc is shorthand for #aabbcc
            StringBuilder full = new StringBuilder();
            for (char c : digits.toCharArray()) {
                full.append(c).append(c);
            }
            digits = full.toString();
        }
        return new HexColour(Integer.parseInt(digits.substring(0, 2), 16), Integer.parseInt(digits.substring(2, 4), 16),
                Integer.parseInt(digits.substring(4, 6), 16));
    }

    /** The colour of a 0xRRGGBB value (higher bits, such as alpha, ignored). */
    public static HexColour ofRgb(int rgb) {
        return new HexColour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public static boolean isValid(String value) {
        return value != null && HEX.matcher(value.trim()).matches();
    }

    /**
     * Relative luminance as WCAG 2.x defines it: each channel linearised from sRGB, then weighted by how bright the
     * eye finds it (0.2126 R + 0.7152 G + 0.0722 B). 0 is black, 1 is white.
     */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexColour && ((HexColour) o).red == red && ((HexColour) o).green == green
                && ((HexColour) o).blue == blue;
    }

    @Override
    public int hashCode() {
        return (red << 16) | (green << 8) | blue;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
