/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * A lower resolution that the file does not hold, made on the fly from the smallest level it does hold: each
 * pixel is the mean of the {@code factor x factor} pixels it covers there (NaN left out). A tile reads its
 * footprint band by band, so memory stays bounded by {@link #BAND_BYTES} and a tile of output, whatever the
 * factor. Immutable.
 */
final class ReducedLevel implements LevelReader {
    /** The most bytes of source pixels held at once. */
    static final long BAND_BYTES = 32L << 20;

    private final LevelReader base;
    private final int factor;
    private final Level level;

    /**
     * @param base the level to reduce
     * @param factor the reduction, a power of two
     */
    ReducedLevel(LevelReader base, int factor) {
        this.base = base;
        this.factor = factor;
        Level b = base.level();
        this.level = new Level(ceilDiv(b.width(), factor), ceilDiv(b.height(), factor), StripLevel.VIRTUAL_TILE,
                StripLevel.VIRTUAL_TILE);
    }

    static int ceilDiv(int value, int divisor) {
        return (int) (((long) value + divisor - 1) / divisor);
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public PixelFormat format() {
        return base.format();
    }

    @Override
    public Raster tile(int tileX, int tileY) {
        Rect out = level.tileRect(tileX, tileY);
        Level b = base.level();
        int x0 = out.x() * factor;
        int x1 = (int) Math.min((long) out.right() * factor, b.width());
        int y0 = out.y() * factor;
        int y1 = (int) Math.min((long) out.bottom() * factor, b.height());
        PixelFormat f = format();
        long rowBytes = (long) (x1 - x0) * f.rasterPixelBytes();
        LevelReader.checkReadSize(rowBytes);
        int maxRows = (int) Math.max(1, Math.min(Integer.MAX_VALUE, BAND_BYTES / rowBytes));
        Accumulator sums = new Accumulator(f, out.width(), out.height());
        int natural = Math.max(1, base.bandHeight());
        for (int y = y0; y < y1;) {
            // bands end where the base's tiles or strips end, so each is decoded once per output tile
            int end = Math.min(y1, (y / natural + 1) * natural);
            int rows = Math.min(end - y, maxRows);
            Raster band = base.region(new Rect(x0, y, x1 - x0, rows));
            sums.add(Regions.samplesOf(band), x1 - x0, rows, x0 - out.x() * factor, y - out.y() * factor, factor);
            y += rows;
        }
        return f.raster(out.width(), out.height(), sums.means());
    }

    @Override
    public Raster region(Rect region) {
        return Regions.compose(this, region);
    }

    @Override
    public int bandHeight() {
        return level.tileHeight();
    }

    /** Sums and counts per output sample, read as the raster's signed or unsigned values. */
    private static final class Accumulator {
        private final PixelFormat format;
        private final int width;
        private final int bands;
        private final double[] sums;
        private final int[] counts;

        Accumulator(PixelFormat format, int width, int height) {
            this.format = format;
            this.width = width;
            this.bands = format.bands();
            this.sums = new double[width * height * bands];
            this.counts = new int[sums.length];
        }

        /** Adds a band of source pixels whose top-left lies at (dx, dy) in the output tile's footprint. */
        void add(Object samples, int w, int h, int dx, int dy, int factor) {
            boolean[] signed = new boolean[bands];
            for (int b = 0; b < bands; b++) {
                signed[b] = format.signedBand(b);
            }
            for (int y = 0; y < h; y++) {
                int row = (dy + y) / factor * width;
                for (int x = 0; x < w; x++) {
                    int o = (row + (dx + x) / factor) * bands;
                    int i = (y * w + x) * bands;
                    for (int b = 0; b < bands; b++) {
                        double v = value(samples, i + b, signed[b]);
                        if (!Double.isNaN(v)) {
                            sums[o + b] += v;
                            counts[o + b]++;
                        }
                    }
                }
            }
        }

        Object means() {
            Object out = format.rasterKind().allocate(sums.length);
            for (int i = 0; i < sums.length; i++) {
                double mean = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
                if (out instanceof float[] f) {
                    f[i] = (float) mean;
                    continue;
                }
                long v = Math.round(mean);
                if (out instanceof byte[] b) {
                    b[i] = (byte) v;
                } else if (out instanceof short[] s) {
                    s[i] = (short) v;
                } else {
                    ((int[]) out)[i] = (int) v;
                }
            }
            return out;
        }

        private static double value(Object samples, int i, boolean signed) {
            if (samples instanceof byte[] b) {
                return signed ? b[i] : b[i] & 0xff;
            } else if (samples instanceof short[] s) {
                return signed ? s[i] : s[i] & 0xffff;
            } else if (samples instanceof int[] v) {
                return signed ? v[i] : Integer.toUnsignedLong(v[i]);
            }
            return ((float[]) samples)[i];
        }
    }
}
