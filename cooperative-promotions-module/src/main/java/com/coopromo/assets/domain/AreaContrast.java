package com.coopromo.assets.domain;

import java.util.Arrays;

/**
 * The contrast a banner's text colour gets against the pixels behind its text area, measured from the image. Each
 * pixel's WCAG 2.x relative luminance gives its contrast ratio against the text colour. Pixels within
 * {@value #TEXT_LIKE}:1 of the text colour are taken for the text's own glyphs and left out, unless they are most of
 * the area (then the background itself is the text's colour, and every pixel counts). The measured ratio is the 5th
 * percentile of the remaining pixels' ratios (the worst 5% of the background): a plain background measures exactly
 * its colour's ratio, a busy one is judged by its least readable part rather than its average, and stray pixels under
 * 5% of the area (noise, anti-aliasing) cannot fail it alone.
 */
public final class AreaContrast {
    /** The share of the area's pixels allowed to be worse than the measured ratio. */
    public static final double WORST_SHARE = 0.05;
    /** Pixels closer than this ratio to the text colour count as the text itself. */
    public static final double TEXT_LIKE = 1.5;

    private final double ratio;
    private final HexColour meanBackground;

    private AreaContrast(double ratio, HexColour meanBackground) {
        this.ratio = ratio;
        this.meanBackground = meanBackground;
    }

    /**
     * @param rgbPixels the area's pixels as 0xRRGGBB (alpha ignored: transparency is judged against what the image
     *                  itself contains), at least one
     */
    public static AreaContrast measure(int[] rgbPixels, HexColour text) {
        if (rgbPixels == null || rgbPixels.length == 0) {
            throw new IllegalArgumentException("the text area has no pixels to measure");
        }
        double textLuminance = text.relativeLuminance();
        double[] all = new double[rgbPixels.length];
        int background = 0;
        for (int i = 0; i < rgbPixels.length; i++) {
            all[i] = ratio(textLuminance, HexColour.ofRgb(rgbPixels[i]).relativeLuminance());
            if (all[i] >= TEXT_LIKE) {
                background++;
            }
        }
        // the glyphs are left out unless "text-coloured" pixels are most of the area
        boolean skipText = background * 2 >= rgbPixels.length;
        double[] ratios = new double[skipText ? background : rgbPixels.length];
        long red = 0;
        long green = 0;
        long blue = 0;
        int k = 0;
        for (int i = 0; i < rgbPixels.length; i++) {
            if (skipText && all[i] < TEXT_LIKE) {
                continue;
            }
            ratios[k++] = all[i];
            red += (rgbPixels[i] >> 16) & 0xff;
            green += (rgbPixels[i] >> 8) & 0xff;
            blue += rgbPixels[i] & 0xff;
        }
        Arrays.sort(ratios);
        // the ratio at or below which 5% of the background pixels lie (nearest rank)
        int rank = (int) Math.ceil(WORST_SHARE * ratios.length) - 1;
        double measured = ratios[Math.max(0, rank)];
        int n = ratios.length;
        return new AreaContrast(measured, HexColour.ofRgb((int) ((red + n / 2) / n) << 16
                | (int) ((green + n / 2) / n) << 8 | (int) ((blue + n / 2) / n)));
    }

    private static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The contrast ratio of the text colour against the worst 5% of the area's pixels, 1 to 21. */
    public double ratio() {
        return ratio;
    }

    /** The area's average colour: shown to people, and the background of the drawn stand-in. */
    public HexColour meanBackground() {
        return meanBackground;
    }
}
