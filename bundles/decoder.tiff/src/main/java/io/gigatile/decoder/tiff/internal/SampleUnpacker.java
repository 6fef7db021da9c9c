/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.SampleType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Unpacks a decompressed block's bytes into one array element per sample: 1, 2 and 4-bit samples (rows padded
 * to whole bytes) into bytes, 16-bit into shorts, 32-bit into ints, in the file's byte order. 32-bit floats
 * come out as ints first, so that the horizontal predictor can work on their bits, and become floats in
 * {@link #finish}.
 */
final class SampleUnpacker {
    private final int bits;
    private final SampleType type;
    private final ByteOrder order;
    private final int rowSamples;

    /**
     * @param bits bits per sample
     * @param type the stored sample format
     * @param order the file's byte order
     * @param rowSamples samples in one row of a block
     */
    SampleUnpacker(int bits, SampleType type, ByteOrder order, int rowSamples) {
        this.bits = bits;
        this.type = type;
        this.order = order;
        this.rowSamples = rowSamples;
    }

    int bits() {
        return bits;
    }

    ByteOrder order() {
        return order;
    }

    /** @return bytes in one row of a block, padded to a whole byte */
    int rowBytes() {
        return (int) (((long) rowSamples * bits + 7) / 8);
    }

    /**
     * @param decoded {@code rows} rows of {@link #rowBytes()} bytes
     * @param rows rows in the block
     * @param byteOrder the order of the bytes of 16 and 32-bit samples
     * @return {@code rows * rowSamples} samples: bytes, shorts or ints
     */
    Object unpack(byte[] decoded, int rows, ByteOrder byteOrder) {
        int count = rows * rowSamples;
        switch (bits) {
            case 8:
                return decoded;
            case 16: {
                short[] out = new short[count];
                ByteBuffer.wrap(decoded).order(byteOrder).asShortBuffer().get(out);
                return out;
            }
            case 32: {
                int[] out = new int[count];
                ByteBuffer.wrap(decoded).order(byteOrder).asIntBuffer().get(out);
                return out;
            }
            default:
                return unpackBits(decoded, rows);
        }
    }

    private byte[] unpackBits(byte[] decoded, int rows) {
        byte[] out = new byte[rows * rowSamples];
        int mask = (1 << bits) - 1;
        int rowBytes = rowBytes();
        int o = 0;
        for (int y = 0; y < rows; y++) {
            int base = y * rowBytes * 8;
            for (int s = 0; s < rowSamples; s++) {
                int bit = base + s * bits;
                out[o++] = (byte) (decoded[bit >>> 3] >>> (8 - bits - (bit & 7)) & mask);
            }
        }
        return out;
    }

    /**
     * @param samples unpacked samples
     * @return the same samples in their final array type: floats where the format is floating point
     */
    Object finish(Object samples) {
        if (type != SampleType.FLOAT) {
            return samples;
        }
        int[] bitsOf = (int[]) samples;
        float[] out = new float[bitsOf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat(bitsOf[i]);
        }
        return out;
    }
}
