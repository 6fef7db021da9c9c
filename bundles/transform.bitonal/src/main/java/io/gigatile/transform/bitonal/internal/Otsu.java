/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.bitonal.internal;

/**
 * Otsu's threshold the way iipsrv computes it (iip:src/Transforms.cc {@code histogram} and {@code threshold}),
 * down to the single-precision arithmetic, so the same histogram gives the same threshold. iipsrv takes the
 * histogram of the image's smallest resolution; a transform sees only the raster it is given, so the histogram
 * here is of that raster.
 */
final class Otsu {
    private Otsu() {
    }

    /**
     * One histogram of the mean of the colour bands, rounded, as iipsrv builds it; alpha is not averaged in and
     * fully transparent pixels (such as the corners a rotation adds) are not counted.
     *
     * @param samples 8-bit interleaved samples
     * @param bands samples per pixel
     * @param colours colour bands, before the alpha band if any
     * @return 256 counts
     */
    static int[] histogram(byte[] samples, int bands, int colours) {
        int[] histogram = new int[256];
        boolean alpha = bands > colours;
        for (int i = 0; i < samples.length; i += bands) {
            if (alpha && samples[i + colours] == 0) {
                continue;
            }
            float value = 0f;
            for (int c = 0; c < colours; c++) {
                value += samples[i + c] & 0xFF;
            }
            histogram[Math.round(value / colours)]++;
        }
        return histogram;
    }

    /**
     * @param histogram counts of each value
     * @return the value that maximises the between-class variance (iipsrv: {@code Transform::threshold}); 0 if
     *         all pixels share one value or there are none
     */
    static int threshold(int[] histogram) {
        float sum = 0f;
        float sumB = 0f;
        long total = 0;
        for (int n = 0; n < histogram.length; n++) {
            total += histogram[n];
            sum += (float) n * histogram[n];
        }
        float wB = 0f;
        float max = 0f;
        int otsu = 0;
        for (int n = 0; n < histogram.length; n++) {
            wB += histogram[n];
            if (wB == 0f) {
                continue;
            }
            float wF = total - wB;
            if (wF == 0f) {
                break;
            }
            sumB += (float) n * histogram[n];
            float mB = sumB / wB;
            float mF = (sum - sumB) / wF;
            float between = wB * wF * (mB - mF) * (mB - mF);
            if (between > max) {
                otsu = n;
                max = between;
            }
        }
        return otsu;
    }
}
