/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.util.function.IntToDoubleFunction;

/**
 * Brings any raster to 8-bit unsigned samples, mapping each band's range linearly onto 0 to 255. The engine's
 * own stand-in for the {@code normalise} transform, and its safety net for rasters a transform left deeper than
 * 8 bits, so that 16-bit, 32-bit, signed, float and 1 to 7-bit images can be resized and encoded like any other.
 */
final class SampleNormaliser {

    private SampleNormaliser() {
    }

    /**
     * @param raster any raster
     * @param range the value range of each band; null (or bands beyond it) for the full range of the raster's
     *        sample type
     * @return an 8-bit unsigned raster, {@code raster} itself if it already is one
     */
    static Raster toEightBit(Raster raster, NormaliseRange range) {
        if (raster.isByteBacked() && raster.bitsPerSample() == 8 && raster.sampleType() == SampleType.UNSIGNED) {
            return raster;
        }
        int bands = raster.bands();
        double[] min = new double[bands];
        double[] scale = new double[bands];
        for (int b = 0; b < bands; b++) {
            boolean known = range != null && b < range.min().length;
            double lo = known ? range.min()[b] : typeMin(raster);
            double hi = known ? range.max()[b] : typeMax(raster);
            min[b] = lo;
            scale[b] = hi > lo ? 255 / (hi - lo) : 0;
        }
        int n = raster.width() * raster.height() * bands;
        byte[] out = new byte[n];
        IntToDoubleFunction sample = reader(raster);
        for (int i = 0; i < n; i++) {
            int b = i % bands;
            double v = (sample.applyAsDouble(i) - min[b]) * scale[b];
            out[i] = (byte) (v >= 255 ? 255 : v > 0 ? (int) (v + 0.5) : 0);
        }
        ColourSpace space = raster.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : raster.colourSpace();
        return Raster.ofBytes(raster.width(), raster.height(), bands, space, out);
    }

    /** Looks the array up once, not per sample. NaN floats read as the darkest value. */
    private static IntToDoubleFunction reader(Raster r) {
        boolean signed = r.sampleType() == SampleType.SIGNED;
        if (r.sampleType() == SampleType.FLOAT) {
            float[] a = r.floats();
            return i -> Float.isNaN(a[i]) ? Double.NEGATIVE_INFINITY : a[i];
        }
        if (r.isByteBacked()) {
            byte[] a = r.bytes();
            return signed ? i -> a[i] : i -> a[i] & 0xFF;
        }
        if (r.bitsPerSample() <= 16) {
            short[] a = r.shorts();
            return signed ? i -> a[i] : i -> a[i] & 0xFFFF;
        }
        int[] a = r.ints();
        return signed ? i -> a[i] : i -> Integer.toUnsignedLong(a[i]);
    }

    private static double typeMin(Raster r) {
        return r.sampleType() == SampleType.SIGNED ? -Math.pow(2, r.bitsPerSample() - 1) : 0;
    }

    private static double typeMax(Raster r) {
        return switch (r.sampleType()) {
            case FLOAT -> 1;
            case SIGNED -> Math.pow(2, r.bitsPerSample() - 1) - 1;
            case UNSIGNED -> Math.pow(2, r.bitsPerSample()) - 1;
        };
    }
}
