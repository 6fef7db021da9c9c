/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.gif.internal;

import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The raster as the image the JDK's GIF writer takes: grey as 8-bit grey, colour as RGB, an alpha band as ARGB.
 * The writer builds the palette (at most 256 colours, one of them transparent when alpha is present). GIF's
 * transparency is all or nothing: a pixel of alpha 0 stays transparent, others are flattened onto white, as JPEG
 * output flattens them, rather than shown at full strength.
 */
final class GifImages {
    private GifImages() {
    }

    static BufferedImage of(Raster raster) {
        if (!raster.isByteBacked() || raster.bands() > 4) {
            throw new UnsupportedFormatException("GIF output needs 8-bit grey or colour", true);
        }
        int w = raster.width();
        int h = raster.height();
        int bands = raster.bands();
        byte[] s = raster.bytes();
        int max = (1 << raster.bitsPerSample()) - 1;
        boolean alpha = bands == 2 || bands == 4;
        boolean transparent = alpha && anyTransparent(s, bands, max);
        if (bands <= 2 && !transparent) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0, at = 0; i < grey.length; i++, at += bands) {
                int v = widen(s[at], max);
                grey[i] = (byte) (alpha ? onWhite(v, widen(s[at + 1], max)) : v);
            }
            return image;
        }
        // the JDK's palette for ARGB images is poorer than for RGB ones: ARGB only where a pixel is transparent
        BufferedImage image = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, at = 0; i < pixels.length; i++, at += bands) {
            int r = widen(s[at], max);
            int g = bands >= 3 ? widen(s[at + 1], max) : r;
            int b = bands >= 3 ? widen(s[at + 2], max) : r;
            int a = alpha ? widen(s[at + bands - 1], max) : 255;
            if (a == 0) {
                pixels[i] = 0;
            } else {
                pixels[i] = 0xff000000 | onWhite(r, a) << 16 | onWhite(g, a) << 8 | onWhite(b, a);
            }
        }
        return image;
    }

    private static boolean anyTransparent(byte[] s, int bands, int max) {
        for (int at = bands - 1; at < s.length; at += bands) {
            if ((s[at] & max) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int onWhite(int colour, int alpha) {
        return (colour * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    private static int widen(byte sample, int max) {
        return max == 255 ? sample & 0xff : (sample & max) * 255 / max;
    }
}
