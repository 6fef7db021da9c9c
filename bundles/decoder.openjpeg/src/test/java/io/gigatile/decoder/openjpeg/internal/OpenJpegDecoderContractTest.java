/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import io.gigatile.api.StoredImage;
import org.junit.jupiter.api.Nested;

/**
 * The image source contract, run on every valid fixture. The contract reads with the default number of layers,
 * half of them rounded up: where that is fewer than all, the tolerance is what those layers give (measured);
 * the exact pixels of all layers are checked in {@link OpenJpegSourceTest}.
 */
class OpenJpegDecoderContractTest {

    /** One fixture. */
    abstract static class Jp2Fixture extends ImageSourceContract {
        private final String name;
        private final int tolerance;
        private final double meanTolerance;
        private final int tileSize;

        /** A fixture whose default layers are lossless. */
        Jp2Fixture(String name) {
            this(name, 0, 0, OpenJpegDecoder.TILE_SIZE);
        }

        /** A fixture whose default layers are lossy, with the largest and mean sample difference they give. */
        Jp2Fixture(String name, int tolerance, double meanTolerance, int tileSize) {
            this.name = name;
            this.tolerance = tolerance;
            this.meanTolerance = meanTolerance;
            this.tileSize = tileSize;
        }

        @Override
        protected ImageDecoder decoder() {
            return new OpenJpegDecoder(Fixtures.library(), OpenJpegDecoder.DEFAULT_THREADS,
                    OpenJpegDecoder.DEFAULT_MAX_PIXELS, tileSize);
        }

        @Override
        protected StoredImage fixture() {
            return Fixtures.file(name);
        }

        @Override
        protected Raster expectedPixels() {
            return Fixtures.expected(name);
        }

        @Override
        protected int tolerance() {
            return tolerance;
        }

        @Override
        protected double meanTolerance() {
            return meanTolerance;
        }

        /**
         * Lower resolutions are the wavelet's low-pass bands: sharper than the contract's box filter, and centred
         * on the first full-resolution pixel they cover rather than on the middle of them, so almost half a pixel
         * of the level off the box filter's grid. The RGB fixtures' levels 2, 3 and 4 are 2.7, 5.8 and 10.5 steps
         * from it on average (and equal opj_decompress -r 2, -r 3 exactly).
         */
        @Override
        protected double lowerLevelMeanTolerance() {
            return 12 + 2 * meanTolerance;
        }
    }

    /** Three layers, two by default (40:1): at most 14 steps off, 0.49 on average (as opj_decompress -l 2). */
    @Nested
    class RgbTiledThreeLayers extends Jp2Fixture {
        RgbTiledThreeLayers() {
            super("jp2-rgb-640x480-tile256-r5-l3.jp2", 16, 0.6, OpenJpegDecoder.TILE_SIZE);
        }
    }

    @Nested
    class RgbUntiledOneLayer extends Jp2Fixture {
        RgbUntiledOneLayer() {
            super("jp2-rgb-640x480-untiled-r4-l1.jp2");
        }
    }

    @Nested
    class Jpx extends Jp2Fixture {
        Jpx() {
            super("jpx-rgb-640x480-tile256-r5-l3.jpx", 16, 0.6, OpenJpegDecoder.TILE_SIZE);
        }
    }

    /** Two layers, one by default: 20:1. */
    @Nested
    class GreyCodestreamTwoLayers extends Jp2Fixture {
        GreyCodestreamTwoLayers() {
            super("j2k-grey-500x350-tile128-r4-l2.j2k", 4, 0.25, OpenJpegDecoder.TILE_SIZE);
        }
    }

    /** Two layers, one by default (20:1): at most 1.4 steps off, 0.17 on average. */
    @Nested
    class GreySixteenBits extends Jp2Fixture {
        GreySixteenBits() {
            super("jp2-grey16-300x200-tile128-r3-l2.jp2", 2, 0.25, OpenJpegDecoder.TILE_SIZE);
        }
    }

    /** Two layers, one by default (20:1): at most 1.1 steps off, 0.22 on average. */
    @Nested
    class GreyTwelveBits extends Jp2Fixture {
        GreyTwelveBits() {
            super("jp2-grey12-300x200-tile128-r3-l2.jp2", 2, 0.3, OpenJpegDecoder.TILE_SIZE);
        }
    }

    @Nested
    class RgbWithAlpha extends Jp2Fixture {
        RgbWithAlpha() {
            super("jp2-rgba-256x192-tile128-r3-l1.jp2");
        }
    }

    @Nested
    class RgbWithIccProfileAndXml extends Jp2Fixture {
        RgbWithIccProfileAndXml() {
            super("jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2");
        }
    }

    /** Tiles of 16 pixels: two levels below the codestream's smallest resolution are averaged down from it. */
    @Nested
    class VirtualLevelsBelowTheSmallestResolution extends Jp2Fixture {
        VirtualLevelsBelowTheSmallestResolution() {
            super("jp2-rgba-256x192-tile128-r3-l1.jp2", 0, 0, 16);
        }
    }
}
