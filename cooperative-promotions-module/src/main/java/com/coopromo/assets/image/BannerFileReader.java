package com.coopromo.assets.image;

import com.coopromo.assets.domain.AssetLimits;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.common.domain.CoopValidationException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded banner: its format, pixel size and pixels come from the file, never from what the uploader says.
 * Guarded against files that would cost the server more than a banner should: the bytes are capped first (the tier's
 * file size limit), then the image's header is read without decoding it, and an image with more pixels than the
 * tier's largest banner (its maximum width times its maximum height) is refused before a single pixel is decoded,
 * so a small file claiming a huge picture (an image bomb) never reaches memory. Refusals are
 * {@link CoopValidationException}s on the field {@code file}, one sentence each.
 */
public final class BannerFileReader {
    public static final String FIELD = "file";
    /** The formats a banner may have, as ImageIO names them; WebP only where an ImageIO plugin can read it. */
    static final List<String> FORMATS = Arrays.asList("png", "jpeg", "gif", "webp");

    private BannerFileReader() {
    }

    /** Reads and decodes the banner, or refuses it with a sentence naming the file field. */
    public static BannerFile read(byte[] bytes, AssetLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw refuse("the file is empty; choose a PNG, JPEG, GIF or WebP image");
        }
        if (bytes.length > limits.maxFileSizeBytes()) {
            throw refuse("the file is " + bytes.length + " bytes, over the " + limits.tier() + " limit of "
                    + limits.maxFileSizeBytes() + " bytes");
        }
        long maxPixels = (long) limits.maxWidth() * limits.maxHeight();
        ImageInputStream in = null;
        ImageReader reader = null;
        try {
            in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw refuse("the file is not an image (a PNG, JPEG, GIF or WebP is needed)");
            }
            reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if ("jpg".equals(format)) {
                format = "jpeg";
            }
            if (!FORMATS.contains(format)) {
                throw refuse("the file is a " + format.toUpperCase(Locale.ROOT)
                        + " image; a banner must be a PNG, JPEG, GIF or WebP");
            }
            reader.setInput(in, true, true);
            // the header only: nothing is decoded yet
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw refuse("the image has no pixels");
            }
            if ((long) width * height > maxPixels) {
                throw refuse("the image is " + width + "x" + height + " px, more pixels than the " + limits.tier()
                        + " limit of " + limits.maxWidth() + "x" + limits.maxHeight() + " px allows");
            }
            BufferedImage image = reader.read(0);
            return new BannerFile(format.toUpperCase(Locale.ROOT), image, bytes.length);
        } catch (IOException e) {
            throw refuse("the file could not be read as an image; it may be damaged or truncated");
        } catch (RuntimeException e) {
            if (e instanceof CoopValidationException) {
                throw e;
            }
            // ImageIO's decoders throw unchecked errors on malformed data
            throw refuse("the file could not be read as an image; it may be damaged or truncated");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // a byte array stream has nothing to release
                }
            }
        }
    }

    private static CoopValidationException refuse(String why) {
        return new CoopValidationException(FIELD, why);
    }

    /** A decoded banner: its format (PNG, JPEG, GIF, WEBP), pixels and byte size. */
    public static final class BannerFile {
        private final String format;
        private final BufferedImage image;
        private final long sizeBytes;

        BannerFile(String format, BufferedImage image, long sizeBytes) {
            this.format = format;
            this.image = image;
            this.sizeBytes = sizeBytes;
        }

        public String format() { return format; }
        public int width() { return image.getWidth(); }
        public int height() { return image.getHeight(); }
        public long sizeBytes() { return sizeBytes; }

        /** The content type the file is served with. */
        public String contentType() {
            return "image/" + format.toLowerCase(Locale.ROOT);
        }

        /** The area's pixels as 0xRRGGBB, row by row; the area must lie inside the image. */
        public int[] pixels(TextArea area) {
            if (!area.fitsInside(width(), height())) {
                throw new IllegalArgumentException("the text area " + area.describe() + " is not inside the image");
            }
            int[] argb = image.getRGB(area.x(), area.y(), area.width(), area.height(), null, 0, area.width());
            for (int i = 0; i < argb.length; i++) {
                argb[i] &= 0xffffff;
            }
            return argb;
        }
    }
}
