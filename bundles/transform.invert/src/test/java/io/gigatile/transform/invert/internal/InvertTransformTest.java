/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.invert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.UnsupportedFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvertTransformTest {
    private final InvertTransform invert = new InvertTransform();

    @Test
    void everySampleBecomesOneMinusItself() {
        float[] samples = new float[3 * 1025];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i - 1000) / 1024f;
        }
        Raster input = Raster.ofFloats(1025, 1, 3, ColourSpace.SRGB, samples);

        float[] out = invert.apply(input, List.of()).floats();

        for (int i = 0; i < samples.length; i++) {
            // multiples of 1/1024 near 0..1 have few significant bits: the difference is exact
            assertThat(out[i]).as("1 - %s", samples[i]).isEqualTo((1024 - (i - 1000)) / 1024f);
        }
    }

    @Test
    void edgeValues() {
        float[] samples = {0f, 1f, -0.25f, 1.5f, Float.NaN, -0f, 1e-30f, Float.POSITIVE_INFINITY};
        Raster input = Raster.ofFloats(samples.length, 1, 1, ColourSpace.GREY, samples);

        // no clamping: the contrast stage cuts to 0..255 later, as in iipsrv
        assertThat(invert.apply(input, List.of()).floats())
                .containsExactly(1f, 0f, 1.25f, -0.5f, Float.NaN, 1f, 1f, Float.NEGATIVE_INFINITY);
    }

    @Test
    void keepsShapeAndColourSpaceAndLeavesTheInputAlone() {
        for (ColourSpace space : List.of(ColourSpace.GREY, ColourSpace.SRGB, ColourSpace.MULTIBAND)) {
            float[] samples = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f};
            float[] before = samples.clone();
            Raster input = Raster.ofFloats(2, 1, 4, space, samples);

            Raster out = invert.apply(input, List.of());

            assertThat(out).isNotSameAs(input);
            assertThat(out.width()).isEqualTo(2);
            assertThat(out.height()).isEqualTo(1);
            assertThat(out.bands()).isEqualTo(4);
            assertThat(out.sampleType()).isEqualTo(SampleType.FLOAT);
            assertThat(out.colourSpace()).isEqualTo(space);
            assertThat(out.floats()).isNotSameAs(samples);
            assertThat(samples).containsExactly(before);
        }
    }

    @Test
    void refusesSamplesThatAreNotFloatingPoint() {
        List<Raster> rasters = List.of(
                Raster.ofBytes(1, 1, 1, ColourSpace.GREY, new byte[1]),
                Raster.ofShorts(1, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.SRGB, new short[3]),
                Raster.ofInts(1, 1, 1, SampleType.SIGNED, ColourSpace.GREY, new int[1]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> invert.apply(raster, List.of())).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("invert needs floating point samples")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Test
    void refusesArguments() {
        Raster input = Raster.ofFloats(1, 1, 1, ColourSpace.GREY, new float[1]);

        for (List<String> arguments : List.of(List.of(""), List.of("1"), List.of("x".repeat(10_000)))) {
            assertThatThrownBy(() -> invert.apply(input, arguments))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessage("invert takes no arguments");
        }
    }
}
