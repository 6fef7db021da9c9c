/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;

/**
 * The start of iipsrv's float pipeline (Transforms.cc {@code normalize}): each sample becomes
 * {@code (v - min) / (max - min)} in single precision, with iipsrv's guard for a range too narrow to invert
 * ({@code 1e30} as the factor); float samples that are not finite become 0. The image processing stages then
 * work on these values and the contrast stage cuts them to 8 bits.
 */
final class FloatNormaliser {

    private FloatNormaliser() {
    }

    /**
     * @param input any raster
     * @param ranges one range per band
     * @return the 0..1 floats (values outside the range fall outside 0..1), same bands and colour space
     */
    static Raster apply(Raster input, BandRanges ranges) {
        int bands = input.bands();
        float[] min = new float[bands];
        float[] factor = new float[bands];
        for (int b = 0; b < bands; b++) {
            min[b] = (float) ranges.min()[b];
            float width = (float) ranges.max()[b] - min[b];
            factor[b] = Math.abs(width) > 1e-30f ? 1f / width : 1e30f;
        }
        float[] out = widen(input);
        int b = 0;
        for (int i = 0; i < out.length; i++) {
            float v = out[i];
            out[i] = Float.isFinite(v) ? (v - min[b]) * factor[b] : 0f;
            if (++b == bands) {
                b = 0;
            }
        }
        ColourSpace space = input.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : input.colourSpace();
        return Raster.ofFloats(input.width(), input.height(), bands, space, out);
    }

    /** The samples as floats, widened as C widens them (unsigned 32-bit through a long). */
    private static float[] widen(Raster r) {
        boolean signed = r.sampleType() == SampleType.SIGNED;
        if (r.sampleType() == SampleType.FLOAT) {
            return r.floats().clone();
        }
        float[] out = new float[r.width() * r.height() * r.bands()];
        if (r.isByteBacked()) {
            byte[] in = r.bytes();
            for (int i = 0; i < out.length; i++) {
                out[i] = signed ? in[i] : in[i] & 0xFF;
            }
        } else if (r.bitsPerSample() <= 16) {
            short[] in = r.shorts();
            for (int i = 0; i < out.length; i++) {
                out[i] = signed ? in[i] : in[i] & 0xFFFF;
            }
        } else {
            int[] in = r.ints();
            for (int i = 0; i < out.length; i++) {
                out[i] = signed ? in[i] : (float) Integer.toUnsignedLong(in[i]);
            }
        }
        return out;
    }
}
