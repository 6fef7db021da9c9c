/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;

/**
 * How a directory stores its samples and what raster they become. Immutable.
 *
 * @param samples stored samples per pixel
 * @param bits stored bits per sample, the same for every sample
 * @param storedType the stored sample format
 * @param planar whether each sample has its own tiles or strips (PlanarConfiguration 2)
 * @param photometric the TIFF photometric interpretation
 * @param bands bands of the raster
 * @param rasterBits bits per sample of the raster
 * @param rasterType sample type of the raster
 * @param space colour space of the raster
 * @param conversion what turns stored samples into raster samples
 */
record PixelFormat(int samples, int bits, SampleType storedType, boolean planar, int photometric, int bands,
        int rasterBits, SampleType rasterType, ColourSpace space, Conversion conversion) {

    /** The step between stored and raster samples. */
    enum Conversion {
        /** The raster holds the stored samples. */
        NONE,
        /** MinIsWhite: the first band is inverted so that 0 is black. */
        INVERT,
        /** Palette indices become 8-bit RGB through the ColorMap. */
        PALETTE,
        /** ICCLab: a* and b* are stored with an offset; the raster gets the CIELAB encoding. */
        ICC_LAB
    }

    /** @return the array type of the stored samples once unpacked */
    Samples.Kind storedKind() {
        return Samples.kind(bits, storedType);
    }

    /** @return the array type of the raster */
    Samples.Kind rasterKind() {
        return Samples.kind(rasterBits, rasterType);
    }

    /** @return samples in one plane: all of them when chunky, one when planar */
    int samplesPerPlane() {
        return planar ? 1 : samples;
    }

    /** @return the number of planes: one when chunky */
    int planes() {
        return planar ? samples : 1;
    }

    /** @return whether band {@code band} of the raster holds two's complement values */
    boolean signedBand(int band) {
        if (rasterType == SampleType.SIGNED) {
            return true;
        }
        // CIELAB's a* and b* are signed whatever SampleFormat says
        return space == ColourSpace.CIELAB && rasterType != SampleType.FLOAT && (band == 1 || band == 2);
    }

    /** @return whether two levels give rasters of the same kind */
    boolean sameRaster(PixelFormat other) {
        return bands == other.bands && rasterBits == other.rasterBits && rasterType == other.rasterType
                && space == other.space;
    }

    /**
     * @param width raster width
     * @param height raster height
     * @param samples the raster's samples, of {@link #rasterKind()}
     * @return the raster, owning {@code samples}
     */
    Raster raster(int width, int height, Object samples) {
        return switch (rasterKind()) {
            case BYTE -> Raster.ofBytes(width, height, bands, rasterBits, rasterType, space, (byte[]) samples);
            case SHORT -> Raster.ofShorts(width, height, bands, rasterBits, rasterType, space, (short[]) samples);
            case INT -> Raster.ofInts(width, height, bands, rasterType, space, (int[]) samples);
            case FLOAT -> Raster.ofFloats(width, height, bands, space, (float[]) samples);
        };
    }

    /** @return bytes one raster pixel takes */
    int rasterPixelBytes() {
        return bands * rasterKind().bytes();
    }
}
