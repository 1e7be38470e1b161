package com.coopromo.assets.domain;

/**
 * A banner as uploaded: the file, its pixel size and byte size, the alt text for screen readers, and the headline
 * printed on it with its text and background colours (the pair the contrast check measures).
 */
public final class BannerImage {
    private final String fileName;
    private final int width;
    private final int height;
    private final long fileSizeBytes;
    private final String altText;
    private final String headline;
    private final String textColour;
    private final String backgroundColour;
    private final boolean largeText;
    private final String format;
    private final TextArea textArea;
    private final Double measuredContrast;

    /** A banner described by typed-in facts (no file): the contrast check compares the two colours. */
    public BannerImage(String fileName, int width, int height, long fileSizeBytes, String altText, String headline,
                       String textColour, String backgroundColour, boolean largeText) {
        this(fileName, width, height, fileSizeBytes, altText, headline, textColour, backgroundColour, largeText, null, null,
                null);
    }

    /**
     * A banner read from its uploaded file: format, pixel and byte size come from the file, the background colour is
     * the text area's average, and {@code measuredContrast} is what {@link AreaContrast} measured there, which the
     * contrast check judges instead of the colour pair.
     */
    public BannerImage(String fileName, int width, int height, long fileSizeBytes, String altText, String headline,
                       String textColour, String backgroundColour, boolean largeText, String format, TextArea textArea,
                       Double measuredContrast) {
        this.fileName = fileName;
        this.width = width;
        this.height = height;
        this.fileSizeBytes = fileSizeBytes;
        this.altText = altText;
        this.headline = headline;
        this.textColour = textColour;
        this.backgroundColour = backgroundColour;
        this.largeText = largeText;
        this.format = format;
        this.textArea = textArea;
        this.measuredContrast = measuredContrast;
    }

    public String fileName() { return fileName; }
    public int width() { return width; }
    public int height() { return height; }
    public long fileSizeBytes() { return fileSizeBytes; }
    public String altText() { return altText; }
    public String headline() { return headline; }
    public String textColour() { return textColour; }
    public String backgroundColour() { return backgroundColour; }
    /** True if the headline is large text in the WCAG sense (at least 18pt, or 14pt bold). */
    public boolean largeText() { return largeText; }

    /** The file's format as read from it (PNG, JPEG, GIF, WEBP), or null for typed-in facts. */
    public String format() { return format; }
    /** Where the text sits, or null for typed-in facts. */
    public TextArea textArea() { return textArea; }
    /** The contrast measured from the image behind the text area, or null for typed-in facts. */
    public Double measuredContrast() { return measuredContrast; }
    public boolean measured() { return measuredContrast != null; }

    /** Copies with one thing changed, as a seller's next version usually is. */
    public BannerImage withAltText(String v) {
        return new BannerImage(fileName, width, height, fileSizeBytes, v, headline, textColour, backgroundColour, largeText, format, textArea,
                measuredContrast);
    }

    public BannerImage withColours(String text, String background, boolean large) {
        return new BannerImage(fileName, width, height, fileSizeBytes, altText, headline, text, background, large, format,
                textArea, measuredContrast);
    }

    public BannerImage withSize(int w, int h, long bytes) {
        return new BannerImage(fileName, w, h, bytes, altText, headline, textColour, backgroundColour, largeText, format, textArea,
                measuredContrast);
    }

    public BannerImage withHeadline(String v) {
        return new BannerImage(fileName, width, height, fileSizeBytes, altText, v, textColour, backgroundColour, largeText, format, textArea,
                measuredContrast);
    }
}
