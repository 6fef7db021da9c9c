/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageFile;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import org.junit.jupiter.api.Nested;

/** The image source contract, run on every valid fixture. */
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
        protected ImageFile fixture() {
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
}
