/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.SampleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a JPEG 2000 file says about itself: its container's boxes and its codestream's main header, read and
 * checked in Java before any decoder (native ones above all) sees the file.
 *
 * @param container the file's kind
 * @param codestreamOffset where the codestream (its SOC marker) starts in the file
 * @param codestreamLength how many bytes of the file belong to the codestream
 * @param width the image's width at full resolution
 * @param height the image's height at full resolution
 * @param x0 the image's horizontal offset on the reference grid (XOsiz)
 * @param y0 the image's vertical offset on the reference grid (YOsiz)
 * @param tileWidth the codestream's tile width (XTsiz)
 * @param tileHeight the codestream's tile height (YTsiz)
 * @param tileX0 the horizontal offset of the first tile (XTOsiz)
 * @param tileY0 the vertical offset of the first tile (YTOsiz)
 * @param components the image components, in order
 * @param qualityLayers the number of quality layers (COD)
 * @param resolutions the number of resolutions every component has: its wavelet decomposition levels plus one
 * @param colour the colour space a JP2 colr box enumerates
 * @param iccProfile the ICC profile of a JP2 colr box
 * @param xml the contents of the file's XML boxes
 * @param xmp the XMP packet of the file's XMP uuid box
 */
public record Jp2Header(Container container, long codestreamOffset, long codestreamLength, int width, int height,
        int x0, int y0, int tileWidth, int tileHeight, int tileX0, int tileY0, List<Component> components,
        int qualityLayers, int resolutions, Colour colour, Optional<byte[]> iccProfile, List<String> xml,
        Optional<String> xmp) {

    /** The kinds of JPEG 2000 files. */
    public enum Container {
        /** A JP2 file (ISO 15444-1 Annex I). */
        JP2,
        /** A JPX file (ISO 15444-2) whose first codestream is read. */
        JPX,
        /** A bare codestream (.j2k, .j2c). */
        CODESTREAM
    }

    /** The colour spaces a colr box can enumerate, as far as the decoders care. */
    public enum Colour {
        /** sRGB (EnumCS 16). */
        SRGB,
        /** Greyscale (EnumCS 17). */
        GREY,
        /** sYCC (EnumCS 18): the codestream holds YCC that the decoder does not turn into RGB. */
        SYCC,
        /** Another enumerated colour space, or an ICC profile. */
        OTHER,
        /** No colr box (bare codestreams): guessed from the number of components. */
        UNSPECIFIED
    }

    /**
     * One image component (SIZ).
     *
     * @param precision bits per sample, 1 to 38
     * @param signed whether samples are two's complement
     * @param dx horizontal sub-sampling on the reference grid
     * @param dy vertical sub-sampling
     */
    public record Component(int precision, boolean signed, int dx, int dy) {
    }

    /** Copies the lists. */
    public Jp2Header {
        components = List.copyOf(components);
        xml = List.copyOf(xml);
        Objects.requireNonNull(iccProfile);
        Objects.requireNonNull(xmp);
    }

    /**
     * Reads and checks a file's boxes and main header.
     *
     * @param bytes the file
     * @return what it says
     * @throws io.gigatile.api.DecodeFailureException if it is not a well-formed JPEG 2000 file, or says
     *         impossible things (boxes or sizes beyond its end, more tiles than a codestream can have)
     * @throws io.gigatile.api.UnsupportedFormatException if it is one that no Gigatile decoder serves:
     *         sub-sampled components, components of different precisions or signedness, more than 16 bits,
     *         more than {@value MainHeader#MAX_COMPONENTS} components, palette (pclr) images
     * @throws io.gigatile.api.SourceUnavailableException passed on from the bytes
     */
    public static Jp2Header read(ByteSource bytes) {
        return Boxes.read(bytes);
    }

    /** @return samples per pixel */
    public int bands() {
        return components.size();
    }

    /** @return bits per sample, the same in every component */
    public int bitsPerSample() {
        return components.get(0).precision();
    }

    /** @return whether samples are signed, the same in every component */
    public boolean signed() {
        return components.get(0).signed();
    }

    /** @return the number of codestream tile columns (ISO 15444-1 B.3) */
    public int tilesAcross() {
        return (int) ((x0 + (long) width - tileX0 + tileWidth - 1) / tileWidth);
    }

    /** @return the number of codestream tile rows */
    public int tilesDown() {
        return (int) ((y0 + (long) height - tileY0 + tileHeight - 1) / tileHeight);
    }

    /** @return the number of levels the codestream holds: its resolutions */
    public int nativeLevels() {
        return resolutions;
    }

    /**
     * The levels a decoder serves: the codestream's resolutions, then levels made by halving until one tile holds
     * the whole level, as iipsrv makes them for files with too few resolutions.
     *
     * @param tileSize the width and height of the (virtual) tiles every level is cut in
     * @return the levels, full resolution first
     */
    public List<Level> levels(int tileSize) {
        List<Level> levels = new ArrayList<>();
        for (int r = 0; r < resolutions; r++) {
            // sizes of a resolution follow from the reference grid (ISO 15444-1 B.5)
            int w = (int) (ceilShift(x0 + (long) width, r) - ceilShift(x0, r));
            int h = (int) (ceilShift(y0 + (long) height, r) - ceilShift(y0, r));
            levels.add(new Level(Math.max(1, w), Math.max(1, h), tileSize, tileSize));
        }
        Level last = levels.get(levels.size() - 1);
        while (last.width() > tileSize || last.height() > tileSize) {
            last = new Level((last.width() + 1) / 2, (last.height() + 1) / 2, tileSize, tileSize);
            levels.add(last);
        }
        return levels;
    }

    /**
     * Describes the image as {@link ImageInfo} does: levels, samples, range, layers, colour and metadata.
     *
     * @param tileSize the virtual tile size of {@link #levels(int)}
     * @return a builder the decoder may add to
     */
    public ImageInfo.Builder describe(int tileSize) {
        ImageInfo.Builder info = ImageInfo.builder();
        levels(tileSize).forEach(info::addLevel);
        int bits = bitsPerSample();
        info.samples(bands(), bits, signed() ? SampleType.SIGNED : SampleType.UNSIGNED, colourSpace());
        double[] min = new double[bands()];
        double[] max = new double[bands()];
        for (int b = 0; b < bands(); b++) {
            min[b] = signed() ? -Math.pow(2, bits - 1) : 0;
            max[b] = signed() ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
        }
        info.range(min, max).qualityLayers(qualityLayers);
        iccProfile.ifPresent(info::iccProfile);
        xmp.ifPresent(x -> info.metadata(ImageInfo.META_XMP, x));
        for (int i = 0; i < xml.size(); i++) {
            info.metadata(i == 0 ? "xml" : "xml" + (i + 1), xml.get(i));
        }
        return info;
    }

    private ColourSpace colourSpace() {
        if (bands() <= 2 && colour != Colour.SRGB) {
            return bitsPerSample() == 1 && bands() == 1 ? ColourSpace.BILEVEL : ColourSpace.GREY;
        }
        if (bands() <= 4 && bands() >= 3 && (colour == Colour.SRGB || colour == Colour.UNSPECIFIED
                || colour == Colour.OTHER && iccProfile.isPresent())) {
            return ColourSpace.SRGB;
        }
        return ColourSpace.MULTIBAND;
    }

    private static long ceilShift(long value, int shift) {
        return (value + (1L << shift) - 1) >> shift;
    }
}
