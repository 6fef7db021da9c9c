/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.invert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
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
    void keepsBandsAndColourSpace() {
        for (ColourSpace space : List.of(ColourSpace.GREY, ColourSpace.SRGB, ColourSpace.MULTIBAND)) {
            Raster out = invert.apply(Raster.ofFloats(2, 1, 4, space, new float[8]), List.of());

            assertThat(out.bands()).isEqualTo(4);
            assertThat(out.colourSpace()).isEqualTo(space);
        }
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(invert, "invert", TransformStage.INVERT, List.of(),
                    Rasters.randomFloats(16, 12, 3, ColourSpace.SRGB, 1));
        }
    }
}
