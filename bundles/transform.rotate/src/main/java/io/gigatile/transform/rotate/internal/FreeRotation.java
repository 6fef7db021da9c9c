/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;

/**
 * Clockwise rotation by an angle that is not a multiple of 90 degrees. The output is the bounding box of the
 * rotated image, each side the ceiling of the rotated extent (IIIF Image API, rotation), with the two centres
 * on each other. Each output pixel centre is mapped back into the input (inverse mapping, stepped along the
 * row) and sampled bilinearly, with everything outside the input transparent; so the output gains an alpha
 * band, the uncovered corners are transparent and the edges are anti-aliased by the share of the bilinear
 * weights that falls inside the input ({@link Bilinear}).
 */
final class FreeRotation {
    /** Rotated extents within this of an integer are that integer: floating-point noise must not add a row. */
    private static final double EXTENT_TOLERANCE = 1e-6;

    private FreeRotation() {
    }

    /**
     * @param input 8-bit unsigned grey (1 band, or 2 with alpha) or sRGB (3, or 4 with alpha)
     * @param degrees the clockwise angle, not a multiple of 90
     * @return a grey+alpha or RGBA raster
     */
    static Raster rotate(Raster input, double degrees) {
        ColourSpace space = input.colourSpace();
        int bands = input.bands();
        boolean grey = (space == ColourSpace.GREY || space == ColourSpace.BILEVEL) && bands <= 2;
        boolean rgb = space == ColourSpace.SRGB && (bands == 3 || bands == 4);
        if (!grey && !rgb) {
            throw new UnsupportedFormatException("rotation by other than multiples of 90 needs grey or RGB", true);
        }
        int colours = grey ? 1 : 3;
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        int w = input.width();
        int h = input.height();
        int outWidth = extent(w * Math.abs(cos) + h * Math.abs(sin));
        int outHeight = extent(w * Math.abs(sin) + h * Math.abs(cos));
        int outBands = colours + 1;
        if ((long) outWidth * outHeight * outBands > Integer.MAX_VALUE - 8) {
            throw new LimitExceededException("rotated image too large");
        }
        byte[] out = new byte[outWidth * outHeight * outBands];
        Bilinear sampler = new Bilinear(input.bytes(), w, h, bands, colours);
        // output pixel centre (x + 0.5, y + 0.5), relative to the output centre, turned back anticlockwise,
        // relative to the input centre, in input pixel indices (pixel i has its centre at i)
        double startX = 0.5 - outWidth / 2.0;
        for (int y = 0; y < outHeight; y++) {
            double dy = y + 0.5 - outHeight / 2.0;
            double u0 = w / 2.0 - 0.5 + startX * cos + dy * sin;
            double v0 = h / 2.0 - 0.5 - startX * sin + dy * cos;
            int o = y * outWidth * outBands;
            for (int x = 0; x < outWidth; x++, o += outBands) {
                sampler.sample(u0 + x * cos, v0 - x * sin, out, o);
            }
        }
        return Raster.ofBytes(outWidth, outHeight, outBands, grey ? ColourSpace.GREY : ColourSpace.SRGB, out);
    }

    static int extent(double size) {
        return Math.max(1, (int) Math.ceil(size - EXTENT_TOLERANCE));
    }
}
