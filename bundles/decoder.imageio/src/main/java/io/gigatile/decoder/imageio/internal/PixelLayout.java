/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import javax.imageio.ImageTypeSpecifier;

/**
 * The samples the decoder gives for an image, chosen once from the reader's first image type (the one it decodes
 * into by default), and the conversion of what the reader decoded into them.
 *
 * <p>Grey and RGB images of 8 or 16-bit components are taken as they are, in their colour space (a profile other
 * than sRGB goes into the image's description). Everything else (palettes, packed pixels, CMYK a reader did not
 * convert, odd colour models) becomes 8-bit sRGB, or grey for palettes of greys, through Java 2D's colour
 * conversion.
 *
 * @param bands samples per pixel
 * @param bits 8 or 16
 * @param colourSpace grey or sRGB
 * @param direct whether the reader's samples are taken as they are
 * @param iccProfile the profile of a direct image's colour space, or null for sRGB and grey
 */
record PixelLayout(int bands, int bits, ColourSpace colourSpace, boolean direct, byte[] iccProfile) {
    private static final int CHUNK_PIXELS = 1 << 16;

    /** @return the layout for images of the given type */
    static PixelLayout of(ImageTypeSpecifier type) {
        ColorModel cm = type.getColorModel();
        SampleModel sm = type.getSampleModel();
        ColorSpace cs = cm.getColorSpace();
        int dataType = sm.getDataType();
        boolean grey = cs.getType() == ColorSpace.TYPE_GRAY;
        if (cm instanceof ComponentColorModel && (grey || cs.getType() == ColorSpace.TYPE_RGB)
                && (dataType == DataBuffer.TYPE_BYTE || dataType == DataBuffer.TYPE_USHORT)
                && uniform(cm, dataType == DataBuffer.TYPE_BYTE ? 8 : 16)) {
            byte[] icc = !grey && !cs.isCS_sRGB() && cs instanceof ICC_ColorSpace i ? i.getProfile().getData() : null;
            return new PixelLayout(cm.getNumComponents(), dataType == DataBuffer.TYPE_BYTE ? 8 : 16,
                    grey ? ColourSpace.GREY : ColourSpace.SRGB, true, icc);
        }
        boolean alpha = cm.hasAlpha();
        if (grey || cm instanceof IndexColorModel icm && !alpha && greyPalette(icm)) {
            return new PixelLayout(alpha ? 2 : 1, 8, ColourSpace.GREY, false, null);
        }
        return new PixelLayout(alpha ? 4 : 3, 8, ColourSpace.SRGB, false, null);
    }

    private static boolean uniform(ColorModel cm, int bits) {
        for (int size : cm.getComponentSize()) {
            if (size != bits) {
                return false;
            }
        }
        return true;
    }

    private static boolean greyPalette(IndexColorModel icm) {
        for (int i = 0; i < icm.getMapSize(); i++) {
            if (icm.getRed(i) != icm.getGreen(i) || icm.getGreen(i) != icm.getBlue(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param image what the reader decoded
     * @return its samples, interleaved row by row: {@code byte[]} for 8 bits, {@code short[]} for 16
     * @throws DecodeFailureException if the reader decoded a different kind of image than it announced
     */
    Object samples(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        if (direct && matches(image)) {
            Object out = bits == 8 ? new byte[w * h * bands] : new short[w * h * bands];
            int rows = Math.max(1, CHUNK_PIXELS / w);
            int[] chunk = null;
            for (int y = 0; y < h; y += rows) {
                int n = Math.min(rows, h - y);
                chunk = raster.getPixels(0, y, w, n, chunk);
                int base = y * w * bands;
                for (int i = 0; i < n * w * bands; i++) {
                    if (bits == 8) {
                        ((byte[]) out)[base + i] = (byte) chunk[i];
                    } else {
                        ((short[]) out)[base + i] = (short) chunk[i];
                    }
                }
            }
            return out;
        }
        if (bits != 8) {
            throw new DecodeFailureException("the image's reader decoded other samples than it announced");
        }
        return viaRgb(image, w, h);
    }

    private boolean matches(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        int dataType = image.getRaster().getDataBuffer().getDataType();
        return cm instanceof ComponentColorModel && cm.getNumComponents() == bands
                && dataType == (bits == 8 ? DataBuffer.TYPE_BYTE : DataBuffer.TYPE_USHORT)
                && (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY) == (colourSpace == ColourSpace.GREY);
    }

    private byte[] viaRgb(BufferedImage image, int w, int h) {
        byte[] out = new byte[w * h * bands];
        int rows = Math.max(1, CHUNK_PIXELS / w);
        int[] argb = new int[rows * w];
        for (int y = 0; y < h; y += rows) {
            int n = Math.min(rows, h - y);
            image.getRGB(0, y, w, n, argb, 0, w);
            int o = y * w * bands;
            for (int i = 0; i < n * w; i++) {
                int p = argb[i];
                if (colourSpace == ColourSpace.GREY) {
                    out[o++] = (byte) (p >> 16);
                } else {
                    out[o++] = (byte) (p >> 16);
                    out[o++] = (byte) (p >> 8);
                    out[o++] = (byte) p;
                }
                if (bands == 4 || bands == 2) {
                    out[o++] = (byte) (p >>> 24);
                }
            }
        }
        return out;
    }
}
