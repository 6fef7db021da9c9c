/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;

/**
 * Interleaved samples of a rectangle as the rasters hold them: one byte each up to 8 bits, one short each for 9
 * to 16 bits, signed or unsigned as the components are.
 */
final class Samples {
    private final int width;
    private final int height;
    private final int bands;
    private final int bits;
    private final boolean signed;
    private final byte[] bytes;
    private final short[] shorts;

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param bits bits per sample, 1 to 16
     * @param signed whether samples are two's complement
     */
    Samples(int width, int height, int bands, int bits, boolean signed) {
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.bits = bits;
        this.signed = signed;
        int n = Math.multiplyExact(Math.multiplyExact(width, height), bands);
        bytes = bits <= 8 ? new byte[n] : null;
        shorts = bits <= 8 ? null : new short[n];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int bands() {
        return bands;
    }

    /** @return empty samples of the same kind, of another size */
    Samples like(int otherWidth, int otherHeight) {
        return new Samples(otherWidth, otherHeight, bands, bits, signed);
    }

    /**
     * Stores a block of one band from jj2000's integers: shifted right by their fraction bits, moved by the level
     * shift of unsigned components, clamped to the sample range.
     *
     * @param band the band
     * @param x left column in this rectangle
     * @param y top row in this rectangle
     * @param w width of the block
     * @param h height of the block
     * @param data jj2000's samples
     * @param offset index of the block's first sample in {@code data}
     * @param scan distance between rows in {@code data}
     * @param fraction fraction bits of jj2000's fixed point samples
     */
    void put(int band, int x, int y, int w, int h, int[] data, int offset, int scan, int fraction) {
        int min = signed ? -(1 << bits - 1) : 0;
        int max = signed ? (1 << bits - 1) - 1 : (1 << bits) - 1;
        // jj2000 centres unsigned samples on zero (ISO 15444-1 G.1.2)
        int shift = signed ? 0 : 1 << bits - 1;
        for (int row = 0; row < h; row++) {
            int in = offset + row * scan;
            int out = ((y + row) * width + x) * bands + band;
            for (int col = 0; col < w; col++, out += bands) {
                int v = (data[in + col] >> fraction) + shift;
                set(out, v < min ? min : Math.min(v, max));
            }
        }
    }

    /** @return sample {@code i} as a number */
    int get(int i) {
        if (bytes != null) {
            return signed ? bytes[i] : bytes[i] & 0xFF;
        }
        return signed ? shorts[i] : shorts[i] & 0xFFFF;
    }

    /** Stores sample {@code i}, a value in range. */
    void set(int i, int value) {
        if (bytes != null) {
            bytes[i] = (byte) value;
        } else {
            shorts[i] = (short) value;
        }
    }

    /**
     * @param colour what the bands mean
     * @return the samples as a raster, which owns them from now on
     */
    Raster toRaster(ColourSpace colour) {
        SampleType type = signed ? SampleType.SIGNED : SampleType.UNSIGNED;
        if (bytes != null) {
            return Raster.ofBytes(width, height, bands, bits, type, colour, bytes);
        }
        return Raster.ofShorts(width, height, bands, bits, type, colour, shorts);
    }
}
