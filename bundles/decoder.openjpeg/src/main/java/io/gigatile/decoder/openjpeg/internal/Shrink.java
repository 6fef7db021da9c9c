/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.util.Arrays;

/**
 * Makes the levels below a codestream's smallest resolution: each pixel is the mean of the square of
 * {@code 2^shift} pixels it covers (fewer at the right and bottom edges), rounded to the nearest integer.
 */
final class Shrink {

    private Shrink() {
    }

    /**
     * @param in a byte or short raster
     * @param shift the reduction: each side is divided by {@code 2^shift}, rounding up
     * @return the smaller raster, in the same format
     */
    static Raster average(Raster in, int shift) {
        int factor = 1 << shift;
        int width = (in.width() + factor - 1) >> shift;
        int height = (in.height() + factor - 1) >> shift;
        int bands = in.bands();
        boolean signed = in.sampleType() == SampleType.SIGNED;
        long[] sums = new long[width * bands];
        int[] counts = new int[width];
        Object out = in.isByteBacked() ? new byte[width * height * bands] : new short[width * height * bands];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int sy = y << shift; sy < Math.min((y + 1) << shift, in.height()); sy++) {
                for (int sx = 0; sx < in.width(); sx++) {
                    int x = sx >> shift;
                    counts[x]++;
                    for (int b = 0; b < bands; b++) {
                        sums[x * bands + b] += sample(in, (sy * in.width() + sx) * bands + b, signed);
                    }
                }
            }
            for (int x = 0; x < width; x++) {
                for (int b = 0; b < bands; b++) {
                    int i = (y * width + x) * bands + b;
                    long mean = Math.round((double) sums[x * bands + b] / counts[x]);
                    if (out instanceof byte[] bytes) {
                        bytes[i] = (byte) mean;
                    } else {
                        ((short[]) out)[i] = (short) mean;
                    }
                }
            }
        }
        if (out instanceof byte[] bytes) {
            return Raster.ofBytes(width, height, bands, in.bitsPerSample(), in.sampleType(), in.colourSpace(), bytes);
        }
        return Raster.ofShorts(width, height, bands, in.bitsPerSample(), in.sampleType(), in.colourSpace(),
                (short[]) out);
    }

    private static int sample(Raster in, int i, boolean signed) {
        if (in.isByteBacked()) {
            byte v = in.bytes()[i];
            return signed ? v : v & 0xff;
        }
        short v = in.shorts()[i];
        return signed ? v : v & 0xffff;
    }
}
