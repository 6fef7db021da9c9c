/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.Rect;
import java.util.Arrays;

/**
 * The levels below the codestream's smallest resolution, for files with too few to reach one tile: each pixel is
 * the mean of the {@code 2^k x 2^k} pixels it covers in the smallest resolution ({@code k} levels up), fewer at
 * the right and bottom edges. Made from the smallest resolution rather than level by level, so every level costs
 * one decode, and a pixel's value does not depend on the rectangle read.
 */
final class ReducedLevels {

    private ReducedLevels() {
    }

    /**
     * @param reader the codestream's resolutions
     * @param smallest the smallest resolution's reduction from full
     * @param width the smallest resolution's width
     * @param height its height
     * @param steps how many halvings below it
     * @param region the rectangle of the reduced level
     * @param layers how many quality layers to decode
     * @return the rectangle's samples
     */
    static Samples read(NativeReader reader, int smallest, int width, int height, int steps, Rect region,
            int layers) {
        // a reduced level is ceil(size / 2^steps) wide, so its pixels all start inside the smallest resolution
        int x0 = region.x() << steps;
        int y0 = region.y() << steps;
        int x1 = (int) Math.min((long) region.right() << steps, width);
        int y1 = (int) Math.min((long) region.bottom() << steps, height);
        Samples in = reader.read(smallest, new Rect(x0, y0, x1 - x0, y1 - y0), layers);
        Samples out = in.like(region.width(), region.height());
        int bands = in.bands();
        long[] sums = new long[bands];
        for (int y = 0; y < region.height(); y++) {
            int top = ((region.y() + y) << steps) - y0;
            int bottom = Math.min(top + (1 << steps), in.height());
            for (int x = 0; x < region.width(); x++) {
                int left = ((region.x() + x) << steps) - x0;
                int right = Math.min(left + (1 << steps), in.width());
                Arrays.fill(sums, 0);
                for (int sy = top; sy < bottom; sy++) {
                    int i = (sy * in.width() + left) * bands;
                    for (int sx = left; sx < right; sx++) {
                        for (int b = 0; b < bands; b++) {
                            sums[b] += in.get(i++);
                        }
                    }
                }
                long count = (long) (bottom - top) * (right - left);
                int o = (y * region.width() + x) * bands;
                for (int b = 0; b < bands; b++) {
                    // rounds halves up, for signed samples as for unsigned ones
                    out.set(o + b, (int) Math.floorDiv(2 * sums[b] + count, 2 * count));
                }
            }
        }
        return out;
    }
}
