/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.util.Random;

/**
 * Rasters of random samples for transform tests, the same for the same seed.
 *
 * @since 2.3
 */
public final class Rasters {

    private Rasters() {
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param space meaning of the bands
     * @param seed the seed of the samples
     * @return floating point samples in 0..1, as the stages after normalisation receive them
     */
    public static Raster randomFloats(int width, int height, int bands, ColourSpace space, long seed) {
        Random random = new Random(seed);
        float[] samples = new float[width * height * bands];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = random.nextFloat();
        }
        return Raster.ofFloats(width, height, bands, space, samples);
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param space meaning of the bands
     * @param seed the seed of the samples
     * @return 8-bit unsigned samples, every value likely
     */
    public static Raster randomBytes(int width, int height, int bands, ColourSpace space, long seed) {
        byte[] samples = new byte[width * height * bands];
        new Random(seed).nextBytes(samples);
        return Raster.ofBytes(width, height, bands, space, samples);
    }
}
