/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;

/**
 * How a raster is laid out in PNG: colour type, bit depth and the bytes of one pixel and one row.
 *
 * @param colourType the IHDR colour type: 0 grey, 2 RGB, 4 grey+alpha, 6 RGBA
 * @param bitDepth 8 or 16 bits per sample in the file
 * @param sourceBits the raster's significant bits; fewer than {@code bitDepth} means samples are scaled up
 * @param bands samples per pixel
 * @param width pixels per row
 * @param height rows
 */
record PngLayout(int colourType, int bitDepth, int sourceBits, int bands, int width, int height) {
    static final String UNSUPPORTED = "PNG output needs 8 or 16-bit grey or RGB";

    /**
     * @param raster the pixels to write
     * @return their layout
     * @throws UnsupportedFormatException (a feature) if PNG cannot hold the raster without conversion
     * @throws LimitExceededException if one row would not fit in an array
     */
    static PngLayout of(Raster raster) {
        int bands = raster.bands();
        boolean grey = raster.colourSpace() == ColourSpace.GREY || raster.colourSpace() == ColourSpace.BILEVEL;
        int colourType;
        if (grey && bands <= 2) {
            colourType = bands == 1 ? 0 : 4;
        } else if (raster.colourSpace() == ColourSpace.SRGB && (bands == 3 || bands == 4)) {
            colourType = bands == 3 ? 2 : 6;
        } else {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        if (raster.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        int bitDepth;
        if (raster.isByteBacked()) {
            bitDepth = 8;
        } else if (raster.bitsPerSample() <= 16) {
            // only short[] rasters have 9 to 16 bits
            bitDepth = 16;
        } else {
            throw new UnsupportedFormatException(UNSUPPORTED, true);
        }
        if ((long) raster.width() * bands * bitDepth / 8 + 1 > Integer.MAX_VALUE - 8) {
            throw new LimitExceededException("image too wide for PNG output");
        }
        return new PngLayout(colourType, bitDepth, raster.bitsPerSample(), bands, raster.width(), raster.height());
    }

    /** @return bytes per complete pixel, the distance the sub filter looks back */
    int pixelBytes() {
        return bands * bitDepth / 8;
    }

    /** @return bytes of one unfiltered row, without the filter type byte */
    int rowBytes() {
        return width * pixelBytes();
    }

    /** @return whether samples must be scaled to fill the file's bit depth */
    boolean scaled() {
        return sourceBits != bitDepth;
    }
}
