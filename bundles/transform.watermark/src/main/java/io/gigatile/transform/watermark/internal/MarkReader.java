/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a watermark file into the 8-bit RGBA that iipsrv gets from libtiff's {@code TIFFReadRGBAImageOriented}, so
 * that the same TIFF gives the same watermark: colour with unassociated alpha comes premultiplied, rounded as
 * libtiff rounds ({@code (v * a + 127) / 255}); grey is copied into red, green and blue as it is stored, its alpha
 * not multiplied in (libtiff's grey-with-alpha path does not). The JDK reads TIFF, PNG, GIF, BMP and JPEG; the
 * first image of the file is used, as iipsrv uses a TIFF's first directory.
 */
final class MarkReader {
    /** The largest width and height read: the mark is kept in memory, three bytes a pixel. */
    static final int MAX_SIDE = 4096;

    private MarkReader() {
    }

    /**
     * @param file the image file
     * @return the pixels, packed {@code 0xAARRGGBB} with colour premultiplied as libtiff delivers it
     * @throws IOException with the reason, if the file is missing, empty, not an image, too large or damaged
     */
    static Pixels read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "not a file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("not readable by this process");
        }
        if (Files.size(file) == 0) {
            throw new IOException("the file is empty");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not an image format the JDK reads (TIFF, PNG, GIF, BMP, JPEG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new IOException(width + "x" + height + " is larger than " + MAX_SIDE + "x" + MAX_SIDE);
                }
                return pixels(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // image readers throw unchecked exceptions on damaged files
            throw new IOException("cannot be decoded: " + e, e);
        }
    }

    static Pixels pixels(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel cm = image.getColorModel();
        if (isPlainGrey(image)) {
            return new Pixels(width, height, greyAsStored(image.getRaster(), cm));
        }
        // getRGB gives straight (unpremultiplied) sRGB, whatever the file held
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = premultiply(argb[i]);
        }
        return new Pixels(width, height, argb);
    }

    /**
     * Grey is read from the samples: the JDK's getRGB takes grey samples for linear light and brightens them,
     * where libtiff copies them as they are.
     */
    private static boolean isPlainGrey(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        int type = image.getRaster().getTransferType();
        return !(cm instanceof IndexColorModel) && cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && (type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT)
                && image.getRaster().getNumBands() == cm.getNumComponents();
    }

    private static int[] greyAsStored(WritableRaster raster, ColorModel cm) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        boolean alpha = cm.hasAlpha();
        int greyMax = (1 << cm.getComponentSize(0)) - 1;
        int alphaMax = alpha ? (1 << cm.getComponentSize(1)) - 1 : 0;
        int[] argb = new int[width * height];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i++) {
                int g = toEightBits(raster.getSample(x, y, 0), greyMax);
                int a = alpha ? toEightBits(raster.getSample(x, y, 1), alphaMax) : 255;
                argb[i] = a << 24 | g << 16 | g << 8 | g;
            }
        }
        return argb;
    }

    private static int toEightBits(int sample, int max) {
        return max == 255 ? sample : (sample * 255 + max / 2) / max;
    }

    /** libtiff's unassociated-to-associated alpha table ({@code UaToAa}), one pixel at a time. */
    static int premultiply(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = ((argb >> 16 & 0xFF) * a + 127) / 255;
        int g = ((argb >> 8 & 0xFF) * a + 127) / 255;
        int b = ((argb & 0xFF) * a + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    /**
     * A watermark file's pixels.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param argb {@code width * height} pixels, row by row, packed {@code 0xAARRGGBB}
     */
    record Pixels(int width, int height, int[] argb) {
    }
}
