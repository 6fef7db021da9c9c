/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.decoder.pgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.ImageSourceContract;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.LocalImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decoder contract suite of the Gigatile API's test-jar, run on each fixture, and the broken files. */
class PgmDecoderTest {
    private static final PgmDecoder DECODER = new PgmDecoder("test");

    static Path path(String name) {
        try {
            return Path.of(PgmDecoderTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One fixture, compared with the PNG of its samples that the script wrote beside it. */
    abstract static class Fixture extends ImageSourceContract {
        private final String name;

        Fixture(String name) {
            this.name = name;
        }

        @Override
        protected ImageDecoder decoder() {
            return DECODER;
        }

        @Override
        protected StoredImage fixture() {
            return imageFile(path(name));
        }

        @Override
        protected Raster expectedPixels() {
            BufferedImage ref;
            try {
                ref = ImageIO.read(path("ref-" + name.replaceAll("\\.p.m$", ".png")).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int w = ref.getWidth();
            int h = ref.getHeight();
            int bands = ref.getRaster().getNumBands();
            int[] px = ref.getRaster().getPixels(0, 0, w, h, (int[]) null);
            ColourSpace space = bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB;
            if (ref.getType() == BufferedImage.TYPE_USHORT_GRAY) {
                short[] s = new short[px.length];
                for (int i = 0; i < px.length; i++) {
                    s[i] = (short) px[i];
                }
                return Raster.ofShorts(w, h, bands, 16, SampleType.UNSIGNED, space, s);
            }
            byte[] b = new byte[px.length];
            for (int i = 0; i < px.length; i++) {
                b[i] = (byte) px[i];
            }
            return Raster.ofBytes(w, h, bands, space, b);
        }
    }

    @Nested
    class Grey8 extends Fixture {
        Grey8() {
            super("pgm-grey8-300x200.pgm");
        }
    }

    @Nested
    class Grey16 extends Fixture {
        Grey16() {
            super("pgm-grey16-300x200.pgm");
        }
    }

    @Nested
    class Rgb8 extends Fixture {
        Rgb8() {
            super("ppm-rgb8-520x300.ppm");
        }
    }

    @Test
    void imagesNameTheDecoderThatOpenedThem() {
        try (ImageSource source = open("pgm-grey8-300x200.pgm")) {
            assertThat(source.info().metadata()).containsEntry(ImageInfo.META_SOFTWARE, "test");
        }
    }

    @Test
    void aTruncatedFileIsRefusedAtOpen() {
        assertThatThrownBy(() -> open("ppm-rgb8-truncated-520x300.ppm"))
                .isInstanceOf(DecodeFailureException.class).hasMessageContaining("truncated");
    }

    @Test
    void aHeaderClaimingMoreThanTheFileHoldsIsRefusedBeforeAllocation() {
        assertThatThrownBy(() -> open("pgm-lying-100000x100000.pgm")).isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void asciiVariantsAreUnsupported() {
        assertThatThrownBy(() -> open("pgm-ascii-2x2.pgm")).isInstanceOf(UnsupportedFormatException.class);
    }

    private static ImageSource open(String name) {
        StoredImage image = LocalImages.of(path(name));
        ByteSource bytes = image.open();
        try {
            return new io.gigatile.api.testing.ClosingSource(DECODER.open(image, bytes), bytes);
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }
}
