/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.UnsupportedFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each open image's histogram, as iipsrv computes it (Transforms.cc {@code histogram}, from JTL.cc and CVT.cc):
 * from the first tile of the smallest level, samples deeper than 8 bits brought to 0..1 over the image's range
 * and truncated to 8 bits, each pixel counted at the rounded mean of its bands. Stretching, equalising and the
 * bitonal threshold read it, so that every tile of an image is treated alike. Kept per image, view and version
 * for as many images as the source cache keeps; a few hundred bytes each.
 */
final class Histograms {
    private static final int KEEP = 1024;
    private final Map<Object, int[]> held = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, int[]> eldest) {
            return size() > KEEP;
        }
    };

    /**
     * @param owner the image's identity (store, key, version and view)
     * @param source its open source
     * @param layers the quality layers to decode
     * @param normaliser the normalise service, asked for only for images deeper than 8 bits
     * @return the 256 bins
     */
    int[] of(Object owner, ImageSource source, int layers, Supplier<Transform> normaliser) {
        synchronized (held) {
            int[] known = held.get(owner);
            if (known != null) {
                return known;
            }
        }
        // computed outside the lock: two requests may both compute it, and both get the same bins
        int[] bins = compute(source, layers, normaliser);
        synchronized (held) {
            held.put(owner, bins);
        }
        return bins;
    }

    /** Drops every histogram (images purged). */
    void clear() {
        synchronized (held) {
            held.clear();
        }
    }

    static int[] compute(ImageSource source, int layers, Supplier<Transform> normaliser) {
        ImageInfo info = source.info();
        int smallest = info.levels().size() - 1;
        Level level = info.levels().get(smallest);
        Raster raster = source.readRegion(smallest, level.tileRect(0, 0), layers);
        byte[] samples = eightBit(raster, info, normaliser);
        int bands = raster.bands();
        int[] bins = new int[256];
        for (int i = 0; i < samples.length; i += bands) {
            int sum = 0;
            for (int b = 0; b < bands; b++) {
                sum += samples[i + b] & 0xFF;
            }
            // C's round of a positive mean: halves up
            bins[(2 * sum + bands) / (2 * bands)]++;
        }
        return bins;
    }

    private static byte[] eightBit(Raster raster, ImageInfo info, Supplier<Transform> normaliser) {
        if (raster.isByteBacked() && raster.bitsPerSample() == 8 && raster.sampleType() == SampleType.UNSIGNED) {
            return raster.bytes();
        }
        Transform normalise = normaliser.get();
        if (normalise == null) {
            throw new UnsupportedFormatException("images deeper than 8 bits need the normalise transform", true);
        }
        NormaliseRange range = NormaliseRange.of(info, List.of());
        Raster floats = normalise.apply(raster, range.step(true).arguments());
        float[] values = floats.floats();
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            // iipsrv's contrast(1): scaled and truncated, clamped
            float v = values[i] * 255f;
            out[i] = (byte) (v < 255f ? (v > 0f ? (int) v : 0) : 255);
        }
        return out;
    }
}
