/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/** Unsigned samples of byte and short rasters, compared and cut, for the tests. */
final class Samples {

    private Samples() {
    }

    /** @return sample {@code i} of a byte or short raster, unsigned */
    static int at(Raster r, int i) {
        return r.isByteBacked() ? r.bytes()[i] & 0xff : r.shorts()[i] & 0xffff;
    }

    /** @return the number of samples */
    static int count(Raster r) {
        return r.width() * r.height() * r.bands();
    }

    /** @return the largest difference of two rasters of the same size */
    static int maxDifference(Raster a, Raster b) {
        int max = 0;
        for (int i = 0; i < count(a); i++) {
            max = Math.max(max, Math.abs(at(a, i) - at(b, i)));
        }
        return max;
    }

    /** @return the mean difference of two rasters of the same size */
    static double meanDifference(Raster a, Raster b) {
        long sum = 0;
        for (int i = 0; i < count(a); i++) {
            sum += Math.abs(at(a, i) - at(b, i));
        }
        return (double) sum / count(a);
    }

    /** @return the samples of a rectangle of a raster, row by row */
    static int[] crop(Raster r, Rect rect) {
        int bands = r.bands();
        int[] out = new int[rect.width() * rect.height() * bands];
        for (int y = 0; y < rect.height(); y++) {
            for (int x = 0; x < rect.width() * bands; x++) {
                out[y * rect.width() * bands + x] = at(r, ((rect.y() + y) * r.width() + rect.x()) * bands + x);
            }
        }
        return out;
    }

    /** @return every sample of a raster */
    static int[] all(Raster r) {
        return crop(r, new Rect(0, 0, r.width(), r.height()));
    }
}
