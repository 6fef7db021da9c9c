/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pixel comparisons between what the server sent and the source image the fixture was made from. */
final class Pixels {

    private Pixels() {
    }

    static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param encoded an image in a format the JDK cannot read (AVIF), which Debian's vips reads (through libheif)
     * @return it decoded by vips, through a PNG
     */
    static BufferedImage viaVips(byte[] encoded, String suffix) {
        try {
            Path dir = Files.createTempDirectory("vips-read");
            Path in = Files.write(dir.resolve("in." + suffix), encoded);
            Path out = dir.resolve("out.png");
            Process vips = new ProcessBuilder("vips", "copy", in.toString(), out.toString()).redirectErrorStream(true)
                    .start();
            String said = new String(vips.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (vips.waitFor() != 0) {
                throw new AssertionError("vips could not read the " + suffix + " (install libvips-tools): " + said);
            }
            BufferedImage image = read(out);
            Files.delete(in);
            Files.delete(out);
            Files.delete(dir);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The source shrunk by a power of two with a box filter, as pyramid tools make their levels, then cut to
     * the given size (levels round their sizes down or up depending on the tool).
     */
    static BufferedImage shrink(BufferedImage source, int factor, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        int sx = Math.min(x * factor + dx, source.getWidth() - 1);
                        int sy = Math.min(y * factor + dy, source.getHeight() - 1);
                        int rgb = source.getRGB(sx, sy);
                        r += (rgb >> 16) & 0xff;
                        g += (rgb >> 8) & 0xff;
                        b += rgb & 0xff;
                        n++;
                    }
                }
                out.setRGB(x, y, ((r / n) << 16) | ((g / n) << 8) | (b / n));
            }
        }
        return out;
    }

    /**
     * Mean absolute difference per colour sample between {@code actual} and the top left of {@code expected}, on
     * the samples as stored: grey images are read as grey values, not through {@code getRGB}, which takes them for
     * linear grey and converts them, so that grey and colour decodings of the same picture compare equal.
     */
    static double meanSampleDifference(BufferedImage actual, BufferedImage expected) {
        long sum = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs(sample(actual, x, y, c) - sample(expected, x, y, c));
                }
            }
        }
        return sum / (3.0 * actual.getWidth() * actual.getHeight());
    }

    private static int sample(BufferedImage image, int x, int y, int colour) {
        boolean grey = image.getColorModel().getNumColorComponents() < 3
                && !(image.getColorModel() instanceof IndexColorModel);
        if (grey) {
            int v = image.getRaster().getSample(x, y, 0);
            return image.getSampleModel().getSampleSize(0) > 8 ? v >> 8 : v;
        }
        return image.getRGB(x, y) >> (16 - 8 * colour) & 0xff;
    }

    /** Mean absolute difference per sample between {@code actual} and the same-sized area of {@code expected}. */
    static double meanDifference(BufferedImage actual, BufferedImage expected, int offsetX, int offsetY) {
        long sum = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(offsetX + x, offsetY + y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((a >> shift) & 0xff) - ((e >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * actual.getWidth() * actual.getHeight());
    }
}
