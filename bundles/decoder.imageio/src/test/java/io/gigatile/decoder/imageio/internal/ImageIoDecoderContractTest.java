/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import io.gigatile.api.StoredImage;
import org.junit.jupiter.api.Nested;

/** The image source contract, run on a fixture of every kind, against reference pixels. */
class ImageIoDecoderContractTest {

    /** One fixture and its reference. */
    abstract static class Fixture extends ImageSourceContract {
        private final String name;
        private final String reference;
        private final int bands;
        private final int bits;
        private final int tolerance;
        private final double meanTolerance;

        Fixture(String name, String reference, int bands, int bits, int tolerance, double meanTolerance) {
            this.name = name;
            this.reference = reference;
            this.bands = bands;
            this.bits = bits;
            this.tolerance = tolerance;
            this.meanTolerance = meanTolerance;
        }

        @Override
        protected ImageDecoder decoder() {
            return Fixtures.decoder();
        }

        @Override
        protected StoredImage fixture() {
            return imageFile(Fixtures.path(name));
        }

        @Override
        protected Raster expectedPixels() {
            return Fixtures.expected(reference, bands, bits);
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
    class PngRgb extends Fixture {
        PngRgb() {
            super("png-rgb-700x500.png", "png-rgb-700x500.png", 3, 8, 0, 0);
        }
    }

    @Nested
    class PngRgba extends Fixture {
        PngRgba() {
            super("png-rgba-300x200.png", "png-rgba-300x200.png", 4, 8, 0, 0);
        }
    }

    @Nested
    class PngGrey16 extends Fixture {
        PngGrey16() {
            super("png-grey16-300x200.png", "png-grey16-300x200.png", 1, 16, 0, 0);
        }
    }

    @Nested
    class PngGreyInterlaced extends Fixture {
        PngGreyInterlaced() {
            super("png-grey-interlaced-700x500.png", "png-grey-interlaced-700x500.png", 1, 8, 0, 0);
        }
    }

    @Nested
    class GifPalette extends Fixture {
        GifPalette() {
            super("gif-palette-300x200.gif", "gif-palette-300x200.gif", 3, 8, 0, 0);
        }
    }

    @Nested
    class BmpRgb extends Fixture {
        BmpRgb() {
            super("bmp-rgb-300x200.bmp", "bmp-rgb-300x200.bmp", 3, 8, 0, 0);
        }
    }

    @Nested
    class WebpLossless extends Fixture {
        WebpLossless() {
            super("webp-rgb-lossless-300x200.webp", "ref-rgb-300x200.png", 3, 8, 0, 0);
        }
    }

    @Nested
    class JpegRgb extends Fixture {
        JpegRgb() {
            super("jpg-rgb-q90-700x500.jpg", "ref-jpg-rgb-q90-700x500.png", 3, 8, 8, 0.5);
        }
    }

    @Nested
    class JpegRgbProgressive extends Fixture {
        JpegRgbProgressive() {
            super("jpg-rgb-q90-progressive-700x500.jpg", "ref-jpg-rgb-q90-progressive-700x500.png", 3, 8, 8, 0.5);
        }
    }

    @Nested
    class JpegGrey extends Fixture {
        JpegGrey() {
            super("jpg-grey-q90-700x500.jpg", "ref-jpg-grey-q90-700x500.png", 1, 8, 8, 0.5);
        }
    }

    @Nested
    class JpegCmyk extends Fixture {
        JpegCmyk() {
            super("jpg-cmyk-q95-300x200.jpg", "ref-jpg-cmyk-q95-300x200.png", 3, 8, 24, 3);
        }
    }
}
