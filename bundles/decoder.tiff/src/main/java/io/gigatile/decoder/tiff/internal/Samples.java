/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.lang.reflect.Array;

/**
 * Works on interleaved sample arrays of any of the raster's array types ({@code byte[]}, {@code short[]},
 * {@code int[]}, {@code float[]}) without caring which: copies, crops, planes interleaved.
 */
final class Samples {

    /** The array type that holds samples of a bit depth and format. */
    enum Kind {
        BYTE(1), SHORT(2), INT(4), FLOAT(4);

        private final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }

        /** @return bytes per sample in memory */
        int bytes() {
            return bytes;
        }

        /** @return a new array of {@code length} samples */
        Object allocate(int length) {
            return switch (this) {
                case BYTE -> new byte[length];
                case SHORT -> new short[length];
                case INT -> new int[length];
                case FLOAT -> new float[length];
            };
        }
    }

    private Samples() {
    }

    /**
     * @param bits bits per sample: 1, 2, 4, 8, 16 or 32
     * @param type the sample format
     * @return the array type
     * @throws UnsupportedFormatException for other depths, and floats of other than 32 bits
     */
    static Kind kind(int bits, SampleType type) {
        if (type == SampleType.FLOAT) {
            if (bits != 32) {
                throw new UnsupportedFormatException(bits + "-bit floating point TIFF samples are not supported");
            }
            return Kind.FLOAT;
        }
        return switch (bits) {
            case 1, 2, 4, 8 -> Kind.BYTE;
            case 16 -> Kind.SHORT;
            case 32 -> Kind.INT;
            default -> throw new UnsupportedFormatException(bits + "-bit TIFF samples are not supported");
        };
    }

    /** @return the number of samples in an array of any kind */
    static int length(Object samples) {
        return Array.getLength(samples);
    }

    /**
     * @param samples interleaved samples of a block {@code stride} samples wide per row
     * @param stride samples per row of the block
     * @param perPixel samples per pixel
     * @param rect the pixels wanted, inside the block
     * @return those pixels' samples, {@code samples} itself when the rectangle is the whole block
     */
    static Object crop(Object samples, int stride, int perPixel, Rect rect) {
        int row = rect.width() * perPixel;
        if (rect.x() == 0 && rect.y() == 0 && row == stride && length(samples) == row * rect.height()) {
            return samples;
        }
        Object out = Array.newInstance(samples.getClass().getComponentType(), row * rect.height());
        for (int y = 0; y < rect.height(); y++) {
            System.arraycopy(samples, (rect.y() + y) * stride + rect.x() * perPixel, out, y * row, row);
        }
        return out;
    }

    /**
     * Copies a block of pixels into a larger one.
     *
     * @param from the source pixels, {@code width} wide
     * @param to the target pixels, {@code toWidth} wide
     * @param width pixels per row of the source
     * @param height rows of the source
     * @param perPixel samples per pixel of both
     * @param toWidth pixels per row of the target
     * @param x column of the target where the source goes
     * @param y row of the target where the source goes
     */
    static void paste(Object from, Object to, int width, int height, int perPixel, int toWidth, int x, int y) {
        int row = width * perPixel;
        for (int r = 0; r < height; r++) {
            System.arraycopy(from, r * row, to, ((y + r) * toWidth + x) * perPixel, row);
        }
    }

    /**
     * @param planes one array per sample, each holding {@code pixels} samples
     * @param pixels pixels per plane
     * @return the samples interleaved pixel by pixel
     */
    static Object interleave(Object[] planes, int pixels) {
        if (planes.length == 1) {
            return planes[0];
        }
        int n = planes.length;
        Object out = Array.newInstance(planes[0].getClass().getComponentType(), pixels * n);
        if (out instanceof byte[] o) {
            for (int p = 0; p < n; p++) {
                byte[] in = (byte[]) planes[p];
                for (int i = 0; i < pixels; i++) {
                    o[i * n + p] = in[i];
                }
            }
        } else if (out instanceof short[] o) {
            for (int p = 0; p < n; p++) {
                short[] in = (short[]) planes[p];
                for (int i = 0; i < pixels; i++) {
                    o[i * n + p] = in[i];
                }
            }
        } else if (out instanceof int[] o) {
            for (int p = 0; p < n; p++) {
                int[] in = (int[]) planes[p];
                for (int i = 0; i < pixels; i++) {
                    o[i * n + p] = in[i];
                }
            }
        } else {
            float[] o = (float[]) out;
            for (int p = 0; p < n; p++) {
                float[] in = (float[]) planes[p];
                for (int i = 0; i < pixels; i++) {
                    o[i * n + p] = in[i];
                }
            }
        }
        return out;
    }
}
