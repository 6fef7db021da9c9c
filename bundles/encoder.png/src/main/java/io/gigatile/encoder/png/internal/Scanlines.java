/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import io.gigatile.api.Raster;

/**
 * The unfiltered bytes of each row as PNG stores them. An 8-bit raster's rows are read in place from its array;
 * 16-bit samples are written big-endian into one of two row buffers (the row before stays intact for the up
 * filter), and samples of fewer bits than the file's depth are scaled to its full range.
 */
final class Scanlines {
    private final PngLayout layout;
    private final byte[] bytes;
    private final short[] shorts;
    private final byte[][] buffers;
    private final int rowSamples;
    private final long sourceMax;
    private final long fileMax;

    Scanlines(Raster raster, PngLayout layout) {
        this.layout = layout;
        this.bytes = raster.isByteBacked() ? raster.bytes() : null;
        this.shorts = raster.isByteBacked() ? null : raster.shorts();
        boolean direct = bytes != null && !layout.scaled();
        this.buffers = direct ? null : new byte[][] {new byte[layout.rowBytes()], new byte[layout.rowBytes()]};
        this.rowSamples = layout.width() * layout.bands();
        this.sourceMax = (1L << layout.sourceBits()) - 1;
        this.fileMax = (1L << layout.bitDepth()) - 1;
    }

    /**
     * Makes row {@code y} available; rows are read in order, from 0.
     *
     * @param y the row
     * @return the array holding it, at {@link #offset(int)}
     */
    byte[] row(int y) {
        if (buffers == null) {
            return bytes;
        }
        byte[] row = buffers[y & 1];
        int from = y * rowSamples;
        if (bytes != null) {
            for (int i = 0; i < rowSamples; i++) {
                row[i] = (byte) scale(bytes[from + i] & 0xFF);
            }
        } else if (!layout.scaled()) {
            for (int i = 0, o = 0; i < rowSamples; i++, o += 2) {
                short v = shorts[from + i];
                row[o] = (byte) (v >>> 8);
                row[o + 1] = (byte) v;
            }
        } else {
            for (int i = 0, o = 0; i < rowSamples; i++, o += 2) {
                int v = scale(shorts[from + i] & 0xFFFF);
                row[o] = (byte) (v >>> 8);
                row[o + 1] = (byte) v;
            }
        }
        return row;
    }

    /**
     * @param y a row made available by {@link #row(int)}, the last one or the one before
     * @return where it starts in its array
     */
    int offset(int y) {
        return buffers == null ? y * layout.rowBytes() : 0;
    }

    /** Stretches {@code 0..2^bits-1} onto the file's range, rounding; a value over the range is taken as its top. */
    private int scale(int value) {
        long v = Math.min(value, sourceMax);
        return (int) ((v * fileMax + sourceMax / 2) / sourceMax);
    }
}
