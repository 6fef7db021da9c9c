/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import io.gigatile.api.Raster;

/**
 * Clockwise rotation by 90, 180 or 270 degrees as a pure permutation of pixels: no sample is computed, so any
 * band count and colour space is kept exactly. The pixel order is iipsrv's (iip:src/Transforms.cc
 * {@code rotate}). Output rows are written in order; the input is read along columns for 90 and 270.
 */
final class RightAngles {
    private RightAngles() {
    }

    /**
     * @param input an 8-bit raster
     * @param degrees 90, 180 or 270
     * @return the rotated raster, sides swapped for 90 and 270
     */
    static Raster rotate(Raster input, int degrees) {
        int w = input.width();
        int h = input.height();
        int bands = input.bands();
        byte[] in = input.bytes();
        byte[] out = new byte[in.length];
        int outWidth = degrees == 180 ? w : h;
        int outHeight = degrees == 180 ? h : w;
        // for each output row: the input index of its first pixel, and the input step from pixel to pixel
        int step = switch (degrees) {
            case 90 -> -w * bands;
            case 180 -> -bands;
            default -> w * bands;
        };
        int o = 0;
        for (int y = 0; y < outHeight; y++) {
            int from = switch (degrees) {
                // output (x, y) = input (y, h - 1 - x)
                case 90 -> ((h - 1) * w + y) * bands;
                // output (x, y) = input (w - 1 - x, h - 1 - y)
                case 180 -> ((h - 1 - y) * w + w - 1) * bands;
                // output (x, y) = input (w - 1 - y, x)
                default -> (w - 1 - y) * bands;
            };
            for (int x = 0; x < outWidth; x++, from += step) {
                for (int b = 0; b < bands; b++) {
                    out[o++] = in[from + b];
                }
            }
        }
        return Raster.ofBytes(outWidth, outHeight, bands, 8, input.sampleType(), input.colourSpace(), out);
    }
}
