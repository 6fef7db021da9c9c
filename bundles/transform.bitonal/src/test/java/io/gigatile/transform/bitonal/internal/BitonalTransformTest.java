/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.bitonal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContext;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BitonalTransformTest {
    private final BitonalTransform bitonal = new BitonalTransform();

    @Test
    void greyIsSplitAtOtsusThresholdWithTheThresholdItselfWhite() {
        byte[] grey = {10, 20, (byte) 200, (byte) 210};
        byte[] before = grey.clone();
        Raster input = Raster.ofBytes(2, 2, 1, ColourSpace.GREY, grey);

        Raster out = bitonal.apply(input, List.of());

        // Otsu's threshold is 20, the last value of the dark class; iipsrv keeps values >= threshold white
        assertThat(out.bytes()).containsExactly(0, 255, 255, 255);
        assertThat(out.bands()).isEqualTo(1);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
        assertThat(input.bytes()).isEqualTo(before);
    }

    @Test
    void givenThresholdIsUsedAsIs() {
        Raster input = Raster.ofBytes(4, 1, 1, ColourSpace.GREY, new byte[] {0, 127, (byte) 128, (byte) 255});

        assertThat(bitonal.apply(input, List.of("128")).bytes()).containsExactly(0, 0, 255, 255);
        assertThat(bitonal.apply(input, List.of("0")).bytes()).containsExactly(255, 255, 255, 255);
        assertThat(bitonal.apply(input, List.of("255")).bytes()).containsExactly(0, 0, 0, 255);
    }

    @Test
    void rgbIsThresholdedOnIipsrvsLuma() {
        // luma: pure red 76, pure green 149, blue 29, white 255
        byte[] rgb = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255};
        Raster input = Raster.ofBytes(4, 1, 3, ColourSpace.SRGB, rgb);

        assertThat(bitonal.apply(input, List.of("77")).bytes()).containsExactly(0, 255, 0, 255);
        assertThat(bitonal.apply(input, List.of("76")).bytes()).containsExactly(255, 255, 0, 255);
    }

    @Test
    void rgbHistogramIsOfTheChannelMean() {
        // means 85, 85, 85, 255: Otsu's threshold is 85, so red (luma 76) is black and green (149) white
        byte[] rgb = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255};
        Raster input = Raster.ofBytes(4, 1, 3, ColourSpace.SRGB, rgb);

        assertThat(Otsu.threshold(Otsu.histogram(rgb, 3, 3))).isEqualTo(85);
        assertThat(bitonal.apply(input, List.of()).bytes()).containsExactly(0, 255, 0, 255);
    }

    @Test
    void alphaIsKeptAndTransparentPixelsDoNotMoveTheThreshold() {
        byte[] rgba = {
            100, 100, 100, (byte) 255,
            110, 110, 110, (byte) 255,
            (byte) 140, (byte) 140, (byte) 140, (byte) 255,
            0, 0, 0, 0,
            0, 0, 0, 0,
            0, 0, 0, 0};
        Raster input = Raster.ofBytes(6, 1, 4, ColourSpace.SRGB, rgba);

        Raster out = bitonal.apply(input, List.of());

        // the threshold is 110; counting the transparent black would put it at 0 and make 100 white
        assertThat(Otsu.threshold(Otsu.histogram(rgba, 4, 3))).isEqualTo(110);
        assertThat(out.bands()).isEqualTo(2);
        assertThat(out.bytes()).containsExactly(0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void greyWithAlphaKeepsItsAlpha() {
        Raster input = Raster.ofBytes(2, 1, 2, ColourSpace.GREY, new byte[] {10, 7, (byte) 250, 9});

        assertThat(bitonal.apply(input, List.of("128")).bytes()).containsExactly(0, 7, 255, 9);
    }

    @Test
    void flatImageIsAllWhiteAsInIipsrv() {
        Raster input = Raster.ofBytes(3, 1, 1, ColourSpace.GREY, new byte[] {40, 40, 40});

        assertThat(bitonal.apply(input, List.of()).bytes()).containsExactly(255, 255, 255);
    }

    @Test
    void refusesWhatItCannotConvert() {
        List<Raster> rasters = List.of(
                Raster.ofShorts(1, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[1]),
                Raster.ofFloats(1, 1, 1, ColourSpace.GREY, new float[1]),
                Raster.ofBytes(1, 1, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[1]),
                Raster.ofBytes(1, 1, 3, ColourSpace.CIELAB, new byte[3]),
                Raster.ofBytes(1, 1, 3, ColourSpace.MULTIBAND, new byte[3]),
                Raster.ofBytes(1, 1, 3, ColourSpace.GREY, new byte[3]),
                Raster.ofBytes(1, 1, 5, ColourSpace.SRGB, new byte[5]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> bitonal.apply(raster, List.of())).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("bitonal quality needs 8-bit grey or RGB")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Test
    void withAContextTheThresholdIsThatOfTheImagesHistogram() {
        // the raster alone splits at 0 (all white); the image's histogram (values 50 and 200) splits at 50
        int[] bins = new int[256];
        bins[50] = 5;
        bins[200] = 5;
        TransformContext context = new TransformContext() {
            @Override
            public ImageInfo image() {
                throw new AssertionError("not needed");
            }

            @Override
            public int[] histogram() {
                return bins;
            }

            @Override
            public boolean isTile() {
                return true;
            }
        };
        Raster input = Raster.ofBytes(3, 1, 1, ColourSpace.GREY, new byte[] {0, 100, (byte) 200});

        assertThat(bitonal.apply(input, List.of()).bytes()).containsExactly(255, 255, 255);
        assertThat(bitonal.apply(input, List.of(), context).bytes()).containsExactly(0, 255, 255);
        assertThat(bitonal.apply(input, List.of("150"), context).bytes()).as("an argument still wins")
                .containsExactly(0, 0, 255);
    }

    @Nested
    class Contract extends TransformContract {
        /** Without a context and a threshold: Otsu's of the raster, computed on each call. */
        Contract() {
            super(bitonal, "bitonal", TransformStage.BITONAL, List.of(),
                    Rasters.randomBytes(16, 12, 4, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of("256"), List.of("-1"), List.of("abc"), List.of(""), List.of("1.5"),
                    List.of("1", "2"), List.of("0000"));
        }
    }
}
