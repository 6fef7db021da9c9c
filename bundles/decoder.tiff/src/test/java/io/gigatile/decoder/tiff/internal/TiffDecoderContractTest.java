/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import io.gigatile.api.StoredImage;
import org.junit.jupiter.api.Nested;

/** The image source contract, run on every valid fixture: the expected pixels follow from its name. */
class TiffDecoderContractTest {

    /** One fixture; the expected pixels follow from its name. */
    abstract static class TiffFixture extends ImageSourceContract {
        private final String name;
        private final int tolerance;
        private final double meanTolerance;

        /** A losslessly compressed fixture. */
        TiffFixture(String name) {
            this(name, 0, 0);
        }

        /** A JPEG fixture, with the largest and the mean sample difference its quality gives. */
        TiffFixture(String name, int tolerance, double meanTolerance) {
            this.name = name;
            this.tolerance = tolerance;
            this.meanTolerance = meanTolerance;
        }

        @Override
        protected ImageDecoder decoder() {
            return new TiffDecoder(TiffDecoder.jdkJpegReader());
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
    }

    @Nested
    class RgbJpegQ90 extends TiffFixture {
        RgbJpegQ90() {
            super("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif", 16, 0.2);
        }
    }

    @Nested
    class RgbJpegQ75YCbCr extends TiffFixture {
        RgbJpegQ75YCbCr() {
            super("tif-rgb-jpeg-q75-ycbcr-1000x700-tile256-pyramid.tif", 72, 2.5);
        }
    }

    @Nested
    class RgbJpegQ75SubIfds extends TiffFixture {
        RgbJpegQ75SubIfds() {
            super("tif-rgb-jpeg-q75-subifd-500x350-tile128-pyramid.tif", 72, 2.5);
        }
    }

    @Nested
    class GreyJpegQ85 extends TiffFixture {
        GreyJpegQ85() {
            super("tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif", 16, 0.5);
        }
    }

    @Nested
    class RgbDeflate extends TiffFixture {
        RgbDeflate() {
            super("tif-rgb-deflate-1000x700-tile256-pyramid.tif");
        }
    }

    @Nested
    class RgbDeflateBigTiff extends TiffFixture {
        RgbDeflateBigTiff() {
            super("tif-rgb-deflate-bigtiff-500x350-tile128-pyramid.tif");
        }
    }

    @Nested
    class RgbDeflateOneLevelWithMetadata extends TiffFixture {
        RgbDeflateOneLevelWithMetadata() {
            super("tif-rgb-deflate-icc-meta-300x200-tile64.tif");
        }
    }

    @Nested
    class GreyDeflate extends TiffFixture {
        GreyDeflate() {
            super("tif-grey-deflate-1000x700-tile256-pyramid.tif");
        }
    }

    @Nested
    class GreyDeflateBigTiffBigEndian extends TiffFixture {
        GreyDeflateBigTiffBigEndian() {
            super("tif-grey-deflate-bigtiff-bigendian-300x200-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbLzw extends TiffFixture {
        RgbLzw() {
            super("tif-rgb-lzw-500x350-tile128-pyramid.tif");
        }
    }

    @Nested
    class RgbLzwBigEndian extends TiffFixture {
        RgbLzwBigEndian() {
            super("tif-rgb-lzw-bigendian-500x350-tile128-pyramid.tif");
        }
    }

    @Nested
    class RgbLzwWithoutPredictor extends TiffFixture {
        RgbLzwWithoutPredictor() {
            super("tif-rgb-lzw-nopredictor-180x120-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbUncompressed extends TiffFixture {
        RgbUncompressed() {
            super("tif-rgb-none-180x120-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbPackBits extends TiffFixture {
        RgbPackBits() {
            super("tif-rgb-packbits-180x120-tile64-pyramid.tif");
        }
    }

    @Nested
    class GreyMinIsWhite extends TiffFixture {
        GreyMinIsWhite() {
            super("tif-grey-none-miniswhite-180x120-tile64-pyramid.tif");
        }
    }
    @Nested
    class GreyOneBitTiledWithoutPyramid extends TiffFixture {
        GreyOneBitTiledWithoutPyramid() {
            super("tif-grey1-packbits-256x192-tile64.tif");
        }

        /** One bit per sample: a rounding difference of the box filter is a whole step of 255. */
        @Override
        protected double lowerLevelMeanTolerance() {
            return 12;
        }
    }

    @Nested
    class GreyOneBitMinIsWhite extends TiffFixture {
        GreyOneBitMinIsWhite() {
            super("tif-grey1-none-miniswhite-256x192-tile64.tif");
        }

        @Override
        protected double lowerLevelMeanTolerance() {
            return 12;
        }
    }

    @Nested
    class GreyTwoBits extends TiffFixture {
        GreyTwoBits() {
            super("tif-grey2-deflate-256x192-tile64.tif");
        }

        @Override
        protected double lowerLevelMeanTolerance() {
            return 6;
        }
    }

    @Nested
    class GreyFourBits extends TiffFixture {
        GreyFourBits() {
            super("tif-grey4-lzw-256x192-tile64.tif");
        }
    }

    @Nested
    class GreySixteenBits extends TiffFixture {
        GreySixteenBits() {
            super("tif-grey16-deflate-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbSixteenBits extends TiffFixture {
        RgbSixteenBits() {
            super("tif-rgb16-lzw-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbSixteenBitsBigEndian extends TiffFixture {
        RgbSixteenBitsBigEndian() {
            super("tif-rgb16-lzw-bigendian-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class GreySixteenBitsSigned extends TiffFixture {
        GreySixteenBitsSigned() {
            super("tif-grey16signed-deflate-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class GreyThirtyTwoBitsUnsigned extends TiffFixture {
        GreyThirtyTwoBitsUnsigned() {
            super("tif-grey32uint-deflate-256x192-tile64.tif");
        }
    }

    @Nested
    class GreyThirtyTwoBitsSigned extends TiffFixture {
        GreyThirtyTwoBitsSigned() {
            super("tif-grey32int-deflate-256x192-tile64.tif");
        }
    }

    @Nested
    class FloatWithFloatingPointPredictor extends TiffFixture {
        FloatWithFloatingPointPredictor() {
            super("tif-float-deflate-predictor3-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class FloatWithSampleRange extends TiffFixture {
        FloatWithSampleRange() {
            super("tif-float-none-sminsmax-256x192-tile64.tif");
        }
    }

    @Nested
    class Palette extends TiffFixture {
        Palette() {
            super("tif-palette-lzw-256x192-tile64.tif");
        }
    }

    @Nested
    class CieLabFloat extends TiffFixture {
        CieLabFloat() {
            super("tif-cielabfloat-deflate-96x64-tile32-pyramid.tif");
        }
    }

    @Nested
    class CieLabEightBits extends TiffFixture {
        /** libvips keeps 10 bits of L* and 11 of a* and b*, and the TIFF the top 8 of them. */
        CieLabEightBits() {
            super("tif-cielab8-none-96x64-tile32-pyramid.tif", 1, 0.5);
        }
    }

    @Nested
    class CieLabSixteenBits extends TiffFixture {
        /** libvips keeps 15 bits of L*; a step of an 8-bit sample is 257 here. */
        CieLabSixteenBits() {
            super("tif-cielab16-deflate-96x64-tile32-pyramid.tif", 1, 0.1);
        }
    }

    @Nested
    class MultibandFive extends TiffFixture {
        MultibandFive() {
            super("tif-multiband5-deflate-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbWithAlpha extends TiffFixture {
        RgbWithAlpha() {
            super("tif-rgba-deflate-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbPlanar extends TiffFixture {
        RgbPlanar() {
            super("tif-rgb-planar-deflate-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbWebpLossy extends TiffFixture {
        RgbWebpLossy() {
            super("tif-rgb-webp-q90-256x192-tile64-pyramid.tif", 64, 3);
        }
    }

    @Nested
    class RgbWithAlphaWebpLossless extends TiffFixture {
        RgbWithAlphaWebpLossless() {
            super("tif-rgba-webp-lossless-256x192-tile64.tif");
        }
    }

    @Nested
    class RgbZstd extends TiffFixture {
        RgbZstd() {
            super("tif-rgb-zstd-256x192-tile64-pyramid.tif");
        }
    }

    @Nested
    class RgbStrips extends TiffFixture {
        RgbStrips() {
            super("tif-rgb-lzw-strips-300x200.tif");
        }
    }

    @Nested
    class RgbOneUncompressedStrip extends TiffFixture {
        RgbOneUncompressedStrip() {
            super("tif-rgb-none-onestrip-300x200.tif");
        }
    }

    @Nested
    class GreyStripsLargerThanATile extends TiffFixture {
        GreyStripsLargerThanATile() {
            super("tif-grey-packbits-strips-600x400.tif");
        }
    }

    @Nested
    class RgbTiledWithoutPyramid extends TiffFixture {
        RgbTiledWithoutPyramid() {
            super("tif-rgb-deflate-500x350-tile64.tif");
        }
    }

    @Nested
    class StackFirstPageWithSubIfds extends TiffFixture {
        StackFirstPageWithSubIfds() {
            super("tif-rgb-deflate-stack3-128x96-tile32-subifd-pyramid.tif");
        }
    }

    @Nested
    class StackFirstPage extends TiffFixture {
        StackFirstPage() {
            super("tif-rgb-lzw-stack3-128x96-tile32.tif");
        }
    }
}
