/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import io.gigatile.api.Raster;

/** Where a watermark went: the pixels in which two rasters of the same shape differ. */
final class Diff {

    private Diff() {
    }

    /** @return whether any band of the pixel differs */
    static boolean differs(Raster a, Raster b, int x, int y) {
        int bands = a.bands();
        int o = (y * a.width() + x) * bands;
        for (int k = 0; k < bands; k++) {
            if (a.bytes()[o + k] != b.bytes()[o + k]) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of pixels that differ */
    static int changed(Raster a, Raster b) {
        return changed(a, b, 0, 0, a.width(), a.height());
    }

    /** @return the number of pixels that differ within the rectangle */
    static int changed(Raster a, Raster b, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                n += differs(a, b, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** @return {left, top, right, bottom} of the pixels that differ, inclusive, or null if none do */
    static int[] box(Raster a, Raster b) {
        return box(a, b, 0, 0, a.width(), a.height());
    }

    /** @return {left, top, right, bottom} of the pixels that differ within the rectangle, or null */
    static int[] box(Raster a, Raster b, int x0, int y0, int w, int h) {
        int[] box = null;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (differs(a, b, x, y)) {
                    box = box == null ? new int[] {x, y, x, y}
                            : new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x),
                                Math.max(box[3], y)};
                }
            }
        }
        return box;
    }

    /** @return the pixel's samples, unsigned */
    static int[] pixel(Raster raster, int x, int y) {
        int bands = raster.bands();
        int[] samples = new int[bands];
        for (int k = 0; k < bands; k++) {
            samples[k] = raster.bytes()[(y * raster.width() + x) * bands + k] & 0xFF;
        }
        return samples;
    }
}
