/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import io.gigatile.api.StoredImage;
import org.junit.jupiter.api.Nested;

/**
 * The image source contract, run on every valid fixture. The contract reads with the default layers (half of them,
 * rounded up), so a fixture whose default layers are lossy is compared with its lossless pixels within the
 * differences measured on it (LayersTest checks that all layers give the pixels exactly). Its lower levels are the
 * codestream's resolutions, made by the 5/3 wavelet's low-pass filter rather than a box filter: their difference
 * from a box-filtered copy grows with every level (measured here; opj_decompress gives the same samples).
 */
class Jpeg2000DecoderContractTest {

    /** One fixture. */
    abstract static class Jpeg2000Fixture extends ImageSourceContract {
        private final String name;
        private final int tolerance;
        private final double meanTolerance;
        private final double lowerLevels;
        private final int tileSize;

        /**
         * @param name the fixture
         * @param tolerance the largest difference its default layers give, in 8-bit steps
         * @param meanTolerance the mean difference they give
         * @param lowerLevels the largest mean difference of a lower level's tile from the box-filtered pixels
         */
        Jpeg2000Fixture(String name, int tolerance, double meanTolerance, double lowerLevels) {
            this(name, tolerance, meanTolerance, lowerLevels, Jpeg2000Decoder.TILE_SIZE);
        }

        Jpeg2000Fixture(String name, int tolerance, double meanTolerance, double lowerLevels, int tileSize) {
            this.name = name;
            this.tolerance = tolerance;
            this.meanTolerance = meanTolerance;
            this.lowerLevels = lowerLevels;
            this.tileSize = tileSize;
        }

        @Override
        protected ImageDecoder decoder() {
            return new Jpeg2000Decoder(Jpeg2000Decoder.DEFAULT_MAX_DECODE_MEGAPIXELS * 1_000_000L, tileSize);
        }

        @Override
        protected StoredImage fixture() {
            return imageFile(Fixtures.path(name));
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

        @Override
        protected double lowerLevelMeanTolerance() {
            return lowerLevels;
        }
    }

    /** Two layers of three (1:40): at most 14 steps off, 0.49 on average. Level 4 differs by 10.5. */
    @Nested
    class RgbTiledThreeLayers extends Jpeg2000Fixture {
        RgbTiledThreeLayers() {
            super(Fixtures.RGB_TILED, 16, 0.6, 12);
        }
    }

    /** Level 3 differs by 5.8. */
    @Nested
    class RgbUntiled extends Jpeg2000Fixture {
        RgbUntiled() {
            super(Fixtures.RGB_UNTILED, 0, 0, 7);
        }
    }

    /** One layer of two: at most 3 steps off, 0.17 on average. */
    @Nested
    class GreyCodestreamTwoLayers extends Jpeg2000Fixture {
        GreyCodestreamTwoLayers() {
            super(Fixtures.GREY_CODESTREAM, 4, 0.25, 2.5);
        }
    }

    @Nested
    class RgbJpx extends Jpeg2000Fixture {
        RgbJpx() {
            super(Fixtures.RGB_JPX, 16, 0.6, 12);
        }
    }

    /** One layer of two (1:20): at most 1.4 steps off, 0.17 on average (opj_decompress -l 1 gives the same). */
    @Nested
    class GreySixteenBits extends Jpeg2000Fixture {
        GreySixteenBits() {
            super(Fixtures.GREY16, 2, 0.25, 2);
        }
    }

    /** One layer of two (1:20): at most 1.1 steps off, 0.22 on average. */
    @Nested
    class GreyTwelveBits extends Jpeg2000Fixture {
        GreyTwelveBits() {
            super(Fixtures.GREY12, 2, 0.3, 2);
        }
    }

    /** Level 2 differs by 2.0. */
    @Nested
    class RgbWithAlpha extends Jpeg2000Fixture {
        RgbWithAlpha() {
            super(Fixtures.RGBA, 0, 0, 3);
        }
    }

    /** Tiles of 16: two levels below the codestream's smallest resolution, made by averaging. */
    @Nested
    class RgbWithAlphaAveragedLevels extends Jpeg2000Fixture {
        RgbWithAlphaAveragedLevels() {
            super(Fixtures.RGBA, 0, 0, 4, 16);
        }
    }

    /** Level 2 differs by 2.6. */
    @Nested
    class RgbWithIccAndXml extends Jpeg2000Fixture {
        RgbWithIccAndXml() {
            super(Fixtures.ICC_XML, 0, 0, 3.5);
        }
    }

    /**
     * Lossy (9/7), with offsets, tile-parts and markers the others lack; its default 2 layers of 3 (40 dB) against
     * the image it was made from: at most 72 steps off (edges of the alpha ramp), 2.6 on average. Level 2 differs by
     * 3.2.
     */
    @Nested
    class RgbaIrreversible extends Jpeg2000Fixture {
        RgbaIrreversible() {
            super(Fixtures.IRREVERSIBLE, 80, 3.0, 6);
        }
    }
}
