/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.gif.internal;

import io.gigatile.api.Raster;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;

/**
 * The raster as the image the JDK's GIF writer takes: grey as 8-bit grey, colour as RGB, an alpha band as ARGB.
 * The writer builds the palette (at most 256 colours, one of them transparent when alpha is present).
 */
final class GifImages {
    private GifImages() {
    }

    static BufferedImage of(Raster raster) throws IOException {
        if (!raster.isByteBacked() || raster.bands() > 4) {
            throw new IOException("GIF holds 8-bit grey or colour images, not " + raster);
        }
        int w = raster.width();
        int h = raster.height();
        int bands = raster.bands();
        byte[] s = raster.bytes();
        int max = (1 << raster.bitsPerSample()) - 1;
        if (bands == 1) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < grey.length; i++) {
                grey[i] = (byte) widen(s[i], max);
            }
            return image;
        }
        boolean alpha = bands == 2 || bands == 4;
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, at = 0; i < pixels.length; i++, at += bands) {
            int r = widen(s[at], max);
            int g = bands >= 3 ? widen(s[at + 1], max) : r;
            int b = bands >= 3 ? widen(s[at + 2], max) : r;
            int a = alpha ? widen(s[at + bands - 1], max) : 255;
            pixels[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return image;
    }

    private static int widen(byte sample, int max) {
        return max == 255 ? sample & 0xff : (sample & max) * 255 / max;
    }
}
