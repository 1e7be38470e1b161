package com.coopromo.assets.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/** Banners generated in memory for tests. */
public final class TestImages {
    private TestImages() {
    }

    /** A banner filled with one colour, with a block of another colour at (x, y, w, h). */
    public static byte[] banner(String format, int width, int height, Color background, Color block, int x, int y, int w, int h) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        if (block != null) {
            g.setColor(block);
            g.fillRect(x, y, w, h);
        }
        g.dispose();
        return encode(image, format);
    }

    public static byte[] plain(String format, int width, int height, Color background) {
        return banner(format, width, height, background, null, 0, 0, 0, 0);
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG of a few dozen bytes whose header claims {@code width x height} pixels (an image bomb): a valid signature
     * and IHDR chunk, and an IDAT chunk that would need gigabytes once decoded.
     */
    public static byte[] bombHeader(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12 + 12);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[0]);
        chunk(png, "IEND", new byte[0]);
        return java.util.Arrays.copyOf(png.array(), png.position());
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        out.putInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }
}
