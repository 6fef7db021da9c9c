/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Objects;

/**
 * A block of pixels: width, height, bands and one interleaved primitive array of samples, row by row.
 *
 * <p>The array type follows the sample format: {@code byte[]} for up to 8 bits (unsigned, or signed 8-bit),
 * {@code short[]} for 9 to 16 bits (read as unsigned unless the sample type is {@link SampleType#SIGNED}),
 * {@code int[]} for 17 to 32-bit integers and {@code float[]} for floating point. Samples of fewer than 8 bits
 * are stored one per byte, not packed. The array is shared, not copied: whoever builds a raster hands the
 * array over and must not change it afterwards, and whoever reads one must not change it. Transforms make new
 * rasters.
 *
 * @since 1.0
 */
public final class Raster {
    private final int width;
    private final int height;
    private final int bands;
    private final int bitsPerSample;
    private final SampleType sampleType;
    private final ColourSpace colourSpace;
    private final Object samples;

    private Raster(int width, int height, int bands, int bitsPerSample, SampleType sampleType,
            ColourSpace colourSpace, Object samples, int length) {
        if (width < 1 || height < 1 || bands < 1) {
            throw new IllegalArgumentException("empty raster " + width + "x" + height + "x" + bands);
        }
        if (length != (long) width * height * bands) {
            throw new IllegalArgumentException("raster of " + width + "x" + height + "x" + bands
                    + " needs " + (long) width * height * bands + " samples, got " + length);
        }
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.bitsPerSample = bitsPerSample;
        this.sampleType = Objects.requireNonNull(sampleType);
        this.colourSpace = Objects.requireNonNull(colourSpace);
        this.samples = samples;
    }

    /**
     * An 8-bit unsigned raster.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param colourSpace meaning of the bands
     * @param samples {@code width * height * bands} samples, interleaved, row by row
     * @return the raster, owning {@code samples}
     */
    public static Raster ofBytes(int width, int height, int bands, ColourSpace colourSpace, byte[] samples) {
        return new Raster(width, height, bands, 8, SampleType.UNSIGNED, colourSpace, samples, samples.length);
    }

    /**
     * A raster of up to 8 bits per sample with the given bit depth and sample type.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param bits bits per sample, 1 to 8
     * @param type unsigned or signed
     * @param colourSpace meaning of the bands
     * @param samples one sample per byte, interleaved
     * @return the raster
     */
    public static Raster ofBytes(int width, int height, int bands, int bits, SampleType type,
            ColourSpace colourSpace, byte[] samples) {
        requireBits(bits, 1, 8, type);
        return new Raster(width, height, bands, bits, type, colourSpace, samples, samples.length);
    }

    /**
     * A raster of 9 to 16 bits per sample.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param bits bits per sample, 9 to 16
     * @param type unsigned or signed
     * @param colourSpace meaning of the bands
     * @param samples interleaved samples
     * @return the raster
     */
    public static Raster ofShorts(int width, int height, int bands, int bits, SampleType type,
            ColourSpace colourSpace, short[] samples) {
        requireBits(bits, 9, 16, type);
        return new Raster(width, height, bands, bits, type, colourSpace, samples, samples.length);
    }

    /**
     * A raster of 17 to 32-bit integer samples.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param type unsigned or signed
     * @param colourSpace meaning of the bands
     * @param samples interleaved samples
     * @return the raster
     */
    public static Raster ofInts(int width, int height, int bands, SampleType type, ColourSpace colourSpace,
            int[] samples) {
        requireBits(32, 17, 32, type);
        return new Raster(width, height, bands, 32, type, colourSpace, samples, samples.length);
    }

    /**
     * A raster of 32-bit floating point samples.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param colourSpace meaning of the bands
     * @param samples interleaved samples
     * @return the raster
     */
    public static Raster ofFloats(int width, int height, int bands, ColourSpace colourSpace, float[] samples) {
        return new Raster(width, height, bands, 32, SampleType.FLOAT, colourSpace, samples, samples.length);
    }

    private static void requireBits(int bits, int min, int max, SampleType type) {
        if (bits < min || bits > max || type == SampleType.FLOAT) {
            throw new IllegalArgumentException(bits + "-bit " + type + " samples do not fit this array type");
        }
    }

    /** @return width in pixels */
    public int width() {
        return width;
    }

    /** @return height in pixels */
    public int height() {
        return height;
    }

    /** @return samples per pixel */
    public int bands() {
        return bands;
    }

    /** @return significant bits per sample */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /** @return how samples are interpreted */
    public SampleType sampleType() {
        return sampleType;
    }

    /** @return the meaning of the bands */
    public ColourSpace colourSpace() {
        return colourSpace;
    }

    /** @return true if the samples are held in a {@code byte[]} */
    public boolean isByteBacked() {
        return samples instanceof byte[];
    }

    /**
     * @return the samples of a byte-backed raster (do not modify)
     * @throws IllegalStateException if the raster holds another array type
     */
    public byte[] bytes() {
        return as(byte[].class);
    }

    /** @return the samples of a 9 to 16-bit raster (do not modify) */
    public short[] shorts() {
        return as(short[].class);
    }

    /** @return the samples of a 32-bit integer raster (do not modify) */
    public int[] ints() {
        return as(int[].class);
    }

    /** @return the samples of a floating point raster (do not modify) */
    public float[] floats() {
        return as(float[].class);
    }

    private <T> T as(Class<T> type) {
        if (!type.isInstance(samples)) {
            throw new IllegalStateException("raster holds " + samples.getClass().getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return type.cast(samples);
    }

    @Override
    public String toString() {
        return "Raster[" + width + "x" + height + "x" + bands + ", " + bitsPerSample + "-bit " + sampleType + ", "
                + colourSpace + "]";
    }
}
