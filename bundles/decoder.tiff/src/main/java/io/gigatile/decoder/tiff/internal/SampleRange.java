/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.SourceUnavailableException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The value range of each band: SMinSampleValue and SMaxSampleValue (or, for integers, MinSampleValue and
 * MaxSampleValue) where the file has them, else the range of the sample type; floating point images without
 * them are measured once, on the smallest stored level, within a bounded number of pixels, so that they never
 * render all black or all white.
 *
 * @param min per-band minimum
 * @param max per-band maximum
 */
record SampleRange(double[] min, double[] max) {
    /** The most pixels read to measure a floating point image. */
    static final long MEASURED_PIXELS = 1L << 22;

    /**
     * @param ifd the full-resolution directory
     * @param levels the image's levels
     * @return the range of each raster band
     */
    static SampleRange of(Ifd ifd, List<LevelReader> levels) {
        PixelFormat f = levels.get(0).format();
        int bands = f.bands();
        SampleRange range = ofType(f);
        if (f.conversion() == PixelFormat.Conversion.PALETTE || f.space() == ColourSpace.CIELAB) {
            return range;
        }
        boolean floats = f.rasterType() == SampleType.FLOAT;
        Optional<double[]> min = perBand(ifd, Tag.S_MIN_SAMPLE_VALUE, bands);
        Optional<double[]> max = perBand(ifd, Tag.S_MAX_SAMPLE_VALUE, bands);
        if (!floats) {
            min = min.or(() -> perBand(ifd, Tag.MIN_SAMPLE_VALUE, bands));
            max = max.or(() -> perBand(ifd, Tag.MAX_SAMPLE_VALUE, bands));
        }
        if (min.isEmpty() && max.isEmpty()) {
            return floats ? measure(levels) : range;
        }
        double[] lo = min.orElse(range.min);
        double[] hi = max.orElse(range.max);
        if (f.conversion() == PixelFormat.Conversion.INVERT) {
            // the first band is inverted when read, and so is its range
            double top = floats ? 0 : range.max[0] + range.min[0];
            double oldLo = lo[0];
            lo[0] = top - hi[0];
            hi[0] = top - oldLo;
        }
        return new SampleRange(lo, hi);
    }

    /** @return the range the raster's sample type can hold; CIELAB's a* and b* are signed */
    static SampleRange ofType(PixelFormat f) {
        int bands = f.bands();
        double[] lo = new double[bands];
        double[] hi = new double[bands];
        for (int b = 0; b < bands; b++) {
            boolean lab = f.space() == ColourSpace.CIELAB;
            if (f.rasterType() == SampleType.FLOAT) {
                lo[b] = lab && b > 0 ? -128 : 0;
                hi[b] = lab ? b == 0 ? 100 : 127 : 1;
            } else if (f.signedBand(b)) {
                lo[b] = -Math.pow(2, f.rasterBits() - 1);
                hi[b] = Math.pow(2, f.rasterBits() - 1) - 1;
            } else {
                hi[b] = Math.pow(2, f.rasterBits()) - 1;
            }
        }
        return new SampleRange(lo, hi);
    }

    private static Optional<double[]> perBand(Ifd ifd, int tag, int bands) {
        return ifd.numbers(tag, FormatParser.MAX_SAMPLES).flatMap(values -> {
            if (values.length == 1) {
                double[] all = new double[bands];
                Arrays.fill(all, values[0]);
                return Optional.of(all);
            }
            return values.length >= bands ? Optional.of(Arrays.copyOf(values, bands)) : Optional.empty();
        });
    }

    /** Reads tiles spread evenly over the smallest stored level, up to {@link #MEASURED_PIXELS}. */
    private static SampleRange measure(List<LevelReader> levels) {
        LevelReader smallest = levels.get(0);
        for (LevelReader l : levels) {
            if (!(l instanceof ReducedLevel)) {
                smallest = l;
            }
        }
        Level level = smallest.level();
        long perTile = (long) level.tileWidth() * level.tileHeight();
        long tiles = (long) level.tilesAcross() * level.tilesDown();
        long budget = Math.max(1, MEASURED_PIXELS / perTile);
        int step = tiles <= budget ? 1 : (int) Math.ceil(Math.sqrt((double) tiles / budget));
        int bands = smallest.format().bands();
        double[] lo = new double[bands];
        double[] hi = new double[bands];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int y = 0; y < level.tilesDown(); y += step) {
            for (int x = 0; x < level.tilesAcross(); x += step) {
                try {
                    Raster tile = smallest.tile(x, y);
                    float[] samples = tile.floats();
                    for (int i = 0; i < samples.length; i++) {
                        float v = samples[i];
                        if (Float.isFinite(v)) {
                            lo[i % bands] = Math.min(lo[i % bands], v);
                            hi[i % bands] = Math.max(hi[i % bands], v);
                        }
                    }
                } catch (SourceUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // a broken tile says nothing of the range; the others do
                }
            }
        }
        for (int b = 0; b < bands; b++) {
            if (lo[b] > hi[b]) {
                lo[b] = 0;
                hi[b] = 1;
            } else if (lo[b] == hi[b]) {
                hi[b] = lo[b] + 1;
            }
        }
        return new SampleRange(lo, hi);
    }
}
