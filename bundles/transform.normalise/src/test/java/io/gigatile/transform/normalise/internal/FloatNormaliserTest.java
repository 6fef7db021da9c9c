/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code float} form: the start of iipsrv's float pipeline, in its single-precision arithmetic. */
class FloatNormaliserTest {
    private final NormaliseTransform transform = new NormaliseTransform();

    /** iipsrv's normalize for one sample, written from its formula: float minimum, float inverse width. */
    private static float iipsrv(float v, float min, float max) {
        float width = max - min;
        float inverse = Math.abs(width) > 1e-30f ? 1f / width : 1e30f;
        return (v - min) * inverse;
    }

    @Test
    void sixteenBitSamplesBecomeFloatsOverEachBandsRange() {
        short[] samples = {1000, 3000, 2000, (short) 65535, 0, 1500};
        Raster in = Raster.ofShorts(3, 1, 2, 16, SampleType.UNSIGNED, ColourSpace.MULTIBAND, samples);

        Raster out = transform.apply(in, List.of("float", "1000", "3000", "0", "65535"));

        assertThat(out.sampleType()).isEqualTo(SampleType.FLOAT);
        assertThat(out.bands()).isEqualTo(2);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.MULTIBAND);
        assertThat(out.floats()).containsExactly(iipsrv(1000, 1000, 3000), iipsrv(3000, 0, 65535),
                iipsrv(2000, 1000, 3000), iipsrv(65535, 0, 65535), iipsrv(0, 1000, 3000), iipsrv(1500, 0, 65535));
        assertThat(in.shorts()).containsExactly(1000, 3000, 2000, (short) 65535, 0, 1500);
    }

    @Test
    void eightBitSignedAndUnsigned32BitSamplesAreWidenedAsCWidensThem() {
        Raster bytes = Raster.ofBytes(2, 1, 1, ColourSpace.GREY, new byte[] {(byte) 200, 51});
        assertThat(transform.apply(bytes, List.of("float", "0", "255")).floats())
                .containsExactly(iipsrv(200, 0, 255), iipsrv(51, 0, 255));
        Raster signed = Raster.ofShorts(1, 1, 1, 16, SampleType.SIGNED, ColourSpace.GREY, new short[] {-100});
        assertThat(transform.apply(signed, List.of("float", "-200", "0")).floats()).containsExactly(0.5f);
        Raster ints = Raster.ofInts(1, 1, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[] {-1});
        assertThat(transform.apply(ints, List.of("float", "0", "4294967295")).floats()).containsExactly(1f);
    }

    @Test
    void floatsThatAreNotFiniteBecomeZeroAndOutOfRangeValuesStayOutOfRange() {
        Raster in = Raster.ofFloats(5, 1, 1, ColourSpace.GREY,
                new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -1f, 3f});
        assertThat(transform.apply(in, List.of("float", "0", "2")).floats())
                .containsExactly(0f, 0f, 0f, -0.5f, 1.5f);
    }

    @Test
    void aRangeTooNarrowToInvertUsesIipsrvsGuard() {
        Raster in = Raster.ofFloats(2, 1, 1, ColourSpace.GREY, new float[] {5f, 5.5f});
        assertThat(transform.apply(in, List.of("float", "5", "5")).floats()).containsExactly(0f, 0.5f * 1e30f);
        Raster bilevel = Raster.ofBytes(1, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[] {1});
        assertThat(transform.apply(bilevel, List.of("float", "0", "1")).colourSpace()).isEqualTo(ColourSpace.GREY);
    }

    @Test
    void theRangesAreCheckedAsForEightBits() {
        Raster in = Raster.ofFloats(1, 1, 2, ColourSpace.MULTIBAND, new float[] {1, 2});
        for (List<String> args : List.of(List.of("float"), List.of("float", "0", "1"),
                List.of("float", "0", "1", "x", "2"), List.of("float", "NaN", "1", "0", "1"))) {
            assertThatThrownBy(() -> transform.apply(in, args)).as(args.toString())
                    .isInstanceOf(BadRequestException.class);
        }
    }
}
