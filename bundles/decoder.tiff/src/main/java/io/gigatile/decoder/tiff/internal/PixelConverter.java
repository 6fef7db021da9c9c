/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.SampleType;

/**
 * Turns stored samples (interleaved, unpacked) into raster samples: MinIsWhite inverted, palette indices
 * looked up, ICCLab brought to the CIELAB encoding. Immutable; works in place where the
 * array kind stays, on arrays fresh from a decode that no one else holds.
 */
final class PixelConverter {
    private final PixelFormat format;
    private final byte[] palette;

    private PixelConverter(PixelFormat format, byte[] palette) {
        this.format = format;
        this.palette = palette;
    }

    /**
     * @param format the directory's format
     * @param ifd the directory, for its ColorMap
     * @return the converter
     * @throws DecodeFailureException if a palette image lacks a whole ColorMap
     */
    static PixelConverter of(PixelFormat format, Ifd ifd) {
        if (format.conversion() != PixelFormat.Conversion.PALETTE) {
            return new PixelConverter(format, null);
        }
        int entries = 1 << format.bits();
        UnsignedArray map = ifd.integers(Tag.COLOR_MAP, 3L * entries);
        byte[] rgb = new byte[3 * entries];
        for (int i = 0; i < entries; i++) {
            for (int c = 0; c < 3; c++) {
                // 16-bit colour map entries; the high byte is the 8-bit value
                rgb[3 * i + c] = (byte) (map.get(c * entries + i) >>> 8);
            }
        }
        return new PixelConverter(format, rgb);
    }

    PixelFormat format() {
        return format;
    }

    /**
     * @param stored interleaved stored samples of {@code pixels} pixels
     * @param pixels the number of pixels
     * @return the raster samples
     */
    Object convert(Object stored, int pixels) {
        return switch (format.conversion()) {
            case NONE -> stored;
            case INVERT -> invert(stored, pixels);
            case PALETTE -> lookUp(stored, pixels);
            case ICC_LAB -> offsetLab(stored, pixels);
        };
    }

    /** Only the first sample is the grey value: extra samples such as alpha keep their meaning. */
    private Object invert(Object stored, int pixels) {
        int n = format.samples();
        if (stored instanceof byte[] b) {
            int max = (1 << format.bits()) - 1;
            boolean signed = format.storedType() == SampleType.SIGNED;
            for (int i = 0; i < pixels * n; i += n) {
                b[i] = signed ? (byte) ~b[i] : (byte) (max - (b[i] & 0xff));
            }
        } else if (stored instanceof short[] s) {
            for (int i = 0; i < pixels * n; i += n) {
                s[i] = (short) ~s[i];
            }
        } else if (stored instanceof int[] v) {
            for (int i = 0; i < pixels * n; i += n) {
                v[i] = ~v[i];
            }
        } else {
            float[] f = (float[]) stored;
            for (int i = 0; i < pixels * n; i += n) {
                f[i] = -f[i];
            }
        }
        return stored;
    }

    private Object lookUp(Object stored, int pixels) {
        byte[] out = new byte[pixels * 3];
        for (int i = 0; i < pixels; i++) {
            int index = stored instanceof byte[] b ? b[i] & 0xff : ((short[]) stored)[i] & 0xffff;
            System.arraycopy(palette, index * 3, out, i * 3, 3);
        }
        return out;
    }

    /** ICCLab stores a* and b* plus 128 (or 32768); flipping the top bit gives the two's complement. */
    private Object offsetLab(Object stored, int pixels) {
        int n = format.samples();
        if (stored instanceof byte[] b) {
            for (int i = 0; i < pixels * n; i += n) {
                b[i + 1] ^= (byte) 0x80;
                b[i + 2] ^= (byte) 0x80;
            }
        } else {
            short[] s = (short[]) stored;
            for (int i = 0; i < pixels * n; i += n) {
                s[i + 1] ^= (short) 0x8000;
                s[i + 2] ^= (short) 0x8000;
            }
        }
        return stored;
    }
}
