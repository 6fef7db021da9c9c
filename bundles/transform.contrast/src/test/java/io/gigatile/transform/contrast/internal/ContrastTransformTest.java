/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.contrast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContrastTransformTest {
    private final ContrastTransform contrast = new ContrastTransform();

    @Test
    void floatsBecomeEightBitsTruncatedAndClamped() {
        float[] samples = {0f, 0.5f, 1f, 0.99999994f, -0.1f, 1.5f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 1f / 3, -0f, 0.002f};
        Raster input = Raster.ofFloats(4, 3, 1, ColourSpace.GREY, samples.clone());

        Raster out = contrast.apply(input, List.of("1"));

        // 127.5 -> 127 and 254.99998 -> 254: truncation, not rounding, as in iipsrv; 0.51 -> 0
        assertThat(out.bytes()).containsExactly(0, 127, 255, 254, 0, 255, 0, 255, 0, 85, 0, 0);
        assertThat(input.floats()).containsExactly(samples);
    }

    @Test
    void theFactorMultipliesBeforeTheCut() {
        Raster input = Raster.ofFloats(6, 1, 1, ColourSpace.GREY, new float[] {0.25f, 0.3f, 0.5f, 0.6f, 1f, -0.5f});

        // 0.25 * 510 = 127.5 -> 127; 0.6 * 510 = 306 -> 255
        assertThat(contrast.apply(input, List.of("2")).bytes()).containsExactly(127, 153, 255, 255, 255, 0);
        // a negative factor brings negative samples into range: -0.5 * -255 = 127.5
        assertThat(contrast.apply(input, List.of("-1")).bytes()).containsExactly(0, 0, 0, 0, 0, 127);
        // 1 * 255 * 0.99996 = 254.9898: white is no longer reached
        assertThat(contrast.apply(input, List.of("0.99996")).bytes()).containsExactly(63, 76, 127, 152, 254, 0);
    }

    @Test
    void zeroMakesEverythingBlackIncludingInfinityTimesZero() {
        Raster input = Raster.ofFloats(2, 2, 1, ColourSpace.GREY,
                new float[] {1f, 0.5f, Float.POSITIVE_INFINITY, Float.NaN});

        assertThat(contrast.apply(input, List.of("0")).bytes()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void matchesIipsrvsArithmeticOverRandomSamplesAndFactors() {
        Random random = new Random(1);
        String[] factors = {"1", "2", "0.5", "0.99996", "1.7", "3.3333", "-0.25", "255", "1e-3", ".1", "+4"};
        float[] samples = new float[4096];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i < 256 ? i / 255f
                    : i < 2048 ? random.nextFloat() * 1.4f - 0.2f : Float.intBitsToFloat(random.nextInt());
        }
        Raster input = Raster.ofFloats(64, 64, 1, ColourSpace.GREY, samples);
        for (String factor : factors) {
            byte[] out = contrast.apply(input, List.of(factor)).bytes();
            float c = IipsrvContrast.factor(factor);
            for (int i = 0; i < samples.length; i++) {
                assertThat(out[i] & 0xFF).as("%s * %s", samples[i], factor)
                        .isEqualTo(IipsrvContrast.eightBit(samples[i], c));
            }
        }
    }

    @Test
    void keepsShapeAndColourSpaceButBilevelBecomesGrey() {
        Raster rgba = Raster.ofFloats(2, 1, 4, ColourSpace.SRGB, new float[] {1f, 0.5f, 0f, 1f, 0f, 0f, 0f, 0.2f});
        Raster bands = Raster.ofFloats(1, 2, 5, ColourSpace.MULTIBAND, new float[10]);
        Raster bilevel = Raster.ofFloats(1, 1, 1, ColourSpace.BILEVEL, new float[] {1f});

        Raster out = contrast.apply(rgba, List.of("1"));

        assertThat(out.bytes()).containsExactly(255, 127, 0, 255, 0, 0, 0, 51);
        assertShape(out, 2, 1, 4, ColourSpace.SRGB);
        assertShape(contrast.apply(bands, List.of("1")), 1, 2, 5, ColourSpace.MULTIBAND);
        assertShape(contrast.apply(bilevel, List.of("1")), 1, 1, 1, ColourSpace.GREY);
    }

    @Test
    void eightBitInputIsMultipliedOnItsOwnScale() {
        byte[] samples = {0, 1, 100, (byte) 127, (byte) 128, (byte) 255};
        Raster input = Raster.ofBytes(3, 2, 1, ColourSpace.GREY, samples.clone());

        assertThat(contrast.apply(input, List.of("2")).bytes()).containsExactly(0, 2, 200, 254, 255, 255);
        // 255 * 0.5 = 127.5 -> 127
        assertThat(contrast.apply(input, List.of("0.5")).bytes()).containsExactly(0, 0, 50, 63, 64, 127);
        assertThat(contrast.apply(input, List.of("-1")).bytes()).containsExactly(0, 0, 0, 0, 0, 0);
        assertShape(contrast.apply(input, List.of("0")), 3, 2, 1, ColourSpace.GREY);
        assertThat(contrast.apply(input, List.of("1.0"))).isSameAs(input);
        assertThat(input.bytes()).containsExactly(samples);
    }

    @Test
    void refusesOtherSamples() {
        List<Raster> rasters = List.of(
                Raster.ofShorts(1, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[1]),
                Raster.ofInts(1, 1, 1, SampleType.SIGNED, ColourSpace.GREY, new int[1]),
                Raster.ofBytes(1, 1, 1, 8, SampleType.SIGNED, ColourSpace.GREY, new byte[1]),
                Raster.ofBytes(1, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[1]));

        for (Raster raster : rasters) {
            assertThatThrownBy(() -> contrast.apply(raster, List.of("1"))).as(raster.toString())
                    .isInstanceOf(UnsupportedFormatException.class)
                    .hasMessage("contrast needs floating point or 8-bit samples")
                    .satisfies(e -> assertThat(((UnsupportedFormatException) e).isFeature()).isTrue());
        }
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(contrast, "contrast", TransformStage.CONTRAST, List.of("1.5"),
                    Rasters.randomFloats(16, 12, 3, ColourSpace.SRGB, 1));
        }

        @Override
        protected List<List<String>> malformedArguments() {
            return List.of(List.of(), List.of("1", "2"), List.of("st"), List.of("eq"), List.of(""), List.of("NaN"),
                    List.of("Infinity"), List.of("1e39"), List.of("1e400"), List.of("0x10"), List.of("1f"),
                    List.of("1d"), List.of("1,5"), List.of("--1"), List.of("1e"), List.of("e1"),
                    Arrays.asList((String) null));
        }
    }

    private static void assertShape(Raster out, int width, int height, int bands, ColourSpace space) {
        assertThat(out.width()).isEqualTo(width);
        assertThat(out.height()).isEqualTo(height);
        assertThat(out.bands()).isEqualTo(bands);
        assertThat(out.bitsPerSample()).isEqualTo(8);
        assertThat(out.sampleType()).isEqualTo(SampleType.UNSIGNED);
        assertThat(out.colourSpace()).isEqualTo(space);
    }
}
