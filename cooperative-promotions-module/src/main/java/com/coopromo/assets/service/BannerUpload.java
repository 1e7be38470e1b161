package com.coopromo.assets.service;

import com.coopromo.assets.domain.TextArea;

/**
 * An uploaded banner as the form sends it: the file's bytes and name, and what only the uploader can say (alt text,
 * headline, the text colour and where the text sits). Everything else is read from the file.
 */
public final class BannerUpload {
    private final byte[] bytes;
    private final String fileName;
    private final String altText;
    private final String headline;
    private final String textColour;
    private final TextArea textArea;
    private final boolean largeText;

    public BannerUpload(byte[] bytes, String fileName, String altText, String headline, String textColour,
                        TextArea textArea, boolean largeText) {
        this.bytes = bytes;
        this.fileName = fileName;
        this.altText = altText;
        this.headline = headline;
        this.textColour = textColour;
        this.textArea = textArea;
        this.largeText = largeText;
    }

    public byte[] bytes() { return bytes; }
    public String fileName() { return fileName; }
    public String altText() { return altText; }
    public String headline() { return headline; }
    public String textColour() { return textColour; }
    /** Null if the form did not give one. */
    public TextArea textArea() { return textArea; }
    public boolean largeText() { return largeText; }
}
