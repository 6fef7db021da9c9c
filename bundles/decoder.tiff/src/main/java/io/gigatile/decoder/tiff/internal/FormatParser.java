/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.decoder.tiff.internal.PixelFormat.Conversion;

/**
 * Reads a directory's sample layout and photometric interpretation into a {@link PixelFormat}, refusing the
 * variants this decoder cannot turn into a raster.
 */
final class FormatParser {
    /** More samples per pixel than any multispectral camera writes: a corrupt count. */
    static final int MAX_SAMPLES = 1024;

    private FormatParser() {
    }

    /**
     * @param ifd a directory
     * @param compression its compression
     * @return its pixel format
     * @throws UnsupportedFormatException for layouts this decoder does not read
     * @throws DecodeFailureException if the fields are malformed
     */
    static PixelFormat parse(Ifd ifd, int compression) {
        long samples = ifd.scalar(Tag.SAMPLES_PER_PIXEL, 1);
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new DecodeFailureException("the TIFF samples per pixel are invalid");
        }
        int n = (int) samples;
        int bits = (int) uniform(ifd, Tag.BITS_PER_SAMPLE, n, 1, "bits per sample");
        SampleType type = sampleType(uniform(ifd, Tag.SAMPLE_FORMAT, n, Tag.SAMPLE_FORMAT_UNSIGNED, "sample format"));
        if (type == SampleType.SIGNED && bits != 8 && bits != 16 && bits != 32) {
            throw new UnsupportedFormatException(bits + "-bit signed TIFF samples are not supported");
        }
        Samples.kind(bits, type);
        boolean planar = n > 1 && ifd.scalar(Tag.PLANAR_CONFIGURATION, 1) == 2;
        int photometric = (int) ifd.scalar(Tag.PHOTOMETRIC,
                n >= 3 ? Tag.PHOTOMETRIC_RGB : Tag.PHOTOMETRIC_MIN_IS_BLACK);
        return switch (photometric) {
            case Tag.PHOTOMETRIC_MIN_IS_WHITE, Tag.PHOTOMETRIC_MIN_IS_BLACK -> {
                ColourSpace space = n > 1 ? ColourSpace.MULTIBAND : bits == 1 ? ColourSpace.BILEVEL : ColourSpace.GREY;
                Conversion c = photometric == Tag.PHOTOMETRIC_MIN_IS_WHITE ? Conversion.INVERT : Conversion.NONE;
                yield new PixelFormat(n, bits, type, planar, photometric, n, bits, type, space, c);
            }
            case Tag.PHOTOMETRIC_RGB -> {
                require(n >= 3, "RGB TIFF with fewer than 3 samples is not supported");
                yield new PixelFormat(n, bits, type, planar, photometric, n, bits, type, ColourSpace.SRGB,
                        Conversion.NONE);
            }
            case Tag.PHOTOMETRIC_YCBCR -> {
                // the JPEG decoder turns YCbCr into RGB; raw YCbCr with subsampling is another layout
                require(n == 3 && compression == Tag.COMPRESSION_JPEG, "YCbCr TIFF is only supported in JPEG");
                yield new PixelFormat(n, bits, type, planar, photometric, n, bits, type, ColourSpace.SRGB,
                        Conversion.NONE);
            }
            case Tag.PHOTOMETRIC_PALETTE -> {
                require(n == 1 && type == SampleType.UNSIGNED && (bits <= 8 || bits == 16),
                        "palette TIFF must have one unsigned sample of up to 16 bits");
                yield new PixelFormat(n, bits, type, false, photometric, 3, 8, SampleType.UNSIGNED,
                        ColourSpace.SRGB, Conversion.PALETTE);
            }
            case Tag.PHOTOMETRIC_SEPARATED -> new PixelFormat(n, bits, type, planar, photometric, n, bits, type,
                    ColourSpace.MULTIBAND, Conversion.NONE);
            case Tag.PHOTOMETRIC_CIELAB -> cieLab(n, bits, type, planar, photometric);
            case Tag.PHOTOMETRIC_ICCLAB -> {
                require((bits == 8 || bits == 16) && type != SampleType.FLOAT && n >= 3,
                        "ICCLab TIFF must have 8 or 16-bit integer samples");
                yield new PixelFormat(n, bits, type, planar, photometric, n, bits, SampleType.UNSIGNED,
                        n == 3 ? ColourSpace.CIELAB : ColourSpace.MULTIBAND, Conversion.ICC_LAB);
            }
            default -> throw new UnsupportedFormatException("TIFF photometric interpretation " + photometric
                    + " is not supported");
        };
    }

    private static PixelFormat cieLab(int n, int bits, SampleType type, boolean planar, int photometric) {
        require(n >= 3 && (bits == 8 || bits == 16 || bits == 32 && type == SampleType.FLOAT),
                "CIELAB TIFF must have 8 or 16-bit integer or 32-bit float samples");
        ColourSpace space = n == 3 ? ColourSpace.CIELAB : ColourSpace.MULTIBAND;
        if (type == SampleType.FLOAT) {
            return new PixelFormat(n, bits, type, planar, photometric, n, bits, type, space, Conversion.NONE);
        }
        // L* is unsigned and a*, b* two's complement whatever SampleFormat says (libvips marks 16-bit CIELAB signed)
        return new PixelFormat(n, bits, type, planar, photometric, n, bits, SampleType.UNSIGNED, space,
                Conversion.NONE);
    }

    private static SampleType sampleType(long format) {
        return switch ((int) format) {
            case Tag.SAMPLE_FORMAT_UNSIGNED, Tag.SAMPLE_FORMAT_UNDEFINED -> SampleType.UNSIGNED;
            case Tag.SAMPLE_FORMAT_SIGNED -> SampleType.SIGNED;
            case Tag.SAMPLE_FORMAT_FLOAT -> SampleType.FLOAT;
            default -> throw new UnsupportedFormatException("TIFF sample format " + format + " is not supported");
        };
    }

    /** A per-sample field whose values must all be the same. */
    private static long uniform(Ifd ifd, int tag, int samples, long fallback, String what) {
        long count = ifd.count(tag);
        if (count == 0) {
            return fallback;
        }
        if (count > samples) {
            throw new DecodeFailureException("TIFF tag " + tag + " is malformed");
        }
        UnsignedArray values = ifd.integers(tag, count);
        long first = values.get(0);
        for (int i = 1; i < values.length(); i++) {
            if (values.get(i) != first) {
                throw new UnsupportedFormatException("TIFF with a different " + what + " per sample is not supported");
            }
        }
        return first;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new UnsupportedFormatException(message);
        }
    }
}
