/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.Raster;
import java.util.Arrays;

/**
 * Resizes 8-bit rasters on their byte arrays, separably: each source row is resampled across once, into a
 * small ring of rows, and output rows are mixed from that ring. Memory beyond the output is a few rows.
 */
final class Resizer {
    private final boolean nearest;

    /** @param nearest nearest neighbour (iipsrv's INTERPOLATION=0) instead of bilinear with box shrinking */
    Resizer(boolean nearest) {
        this.nearest = nearest;
    }

    /**
     * @param source an 8-bit unsigned raster: the plan's read rectangle
     * @param plan where the region lies in the source and how large the output is
     * @return the output raster, or {@code source} if it already is the output
     */
    Raster resize(Raster source, ReadPlan plan) {
        if (!plan.needsResize()) {
            return source;
        }
        int bands = source.bands();
        int outWidth = plan.outWidth();
        int outHeight = plan.outHeight();
        Taps across = Taps.of(source.width(), plan.windowX(), plan.windowWidth(), outWidth, nearest);
        Taps down = Taps.of(source.height(), plan.windowY(), plan.windowHeight(), outHeight, nearest);
        byte[] in = source.bytes();
        byte[] out = new byte[outWidth * outHeight * bands];
        int ringSize = down.maxCount() + 1;
        float[][] ring = new float[ringSize][outWidth * bands];
        int[] ringRow = new int[ringSize];
        Arrays.fill(ringRow, -1);
        float[] sum = new float[outWidth * bands];
        for (int y = 0; y < outHeight; y++) {
            Arrays.fill(sum, 0f);
            for (int k = 0; k < down.count[y]; k++) {
                int row = down.first[y] + k;
                int slot = row % ringSize;
                if (ringRow[slot] != row) {
                    across(in, row * source.width() * bands, bands, across, ring[slot]);
                    ringRow[slot] = row;
                }
                float w = down.weights[y * down.span + k];
                float[] resampled = ring[slot];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += w * resampled[i];
                }
            }
            int base = y * outWidth * bands;
            for (int i = 0; i < sum.length; i++) {
                int v = (int) (sum[i] + 0.5f);
                out[base + i] = (byte) (v < 0 ? 0 : Math.min(v, 255));
            }
        }
        return Raster.ofBytes(outWidth, outHeight, bands, source.colourSpace(), out);
    }

    private static void across(byte[] in, int rowStart, int bands, Taps taps, float[] into) {
        int outWidth = taps.first.length;
        for (int x = 0; x < outWidth; x++) {
            int o = x * bands;
            for (int b = 0; b < bands; b++) {
                into[o + b] = 0f;
            }
            int weightBase = x * taps.span;
            for (int k = 0; k < taps.count[x]; k++) {
                float w = taps.weights[weightBase + k];
                int s = rowStart + (taps.first[x] + k) * bands;
                for (int b = 0; b < bands; b++) {
                    into[o + b] += w * (in[s + b] & 0xFF);
                }
            }
        }
    }
}
