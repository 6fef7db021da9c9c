/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleNormaliserTest {

    /** The range an image of that kind has when its file does not say. */
    private static NormaliseRange info(int bits, SampleType type, ColourSpace space) {
        return range(ImageInfo.builder().addLevel(new Level(4, 1, 4, 1)).samples(1, bits, type, space).build());
    }

    private static NormaliseRange range(ImageInfo info) {
        return NormaliseRange.of(info, List.of());
    }

    private static int[] samples(Raster r) {
        assertThat(r.isByteBacked()).isTrue();
        assertThat(r.bitsPerSample()).isEqualTo(8);
        assertThat(r.sampleType()).isEqualTo(SampleType.UNSIGNED);
        int[] out = new int[r.bytes().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.bytes()[i] & 0xFF;
        }
        return out;
    }

    @Test
    void eightBitUnsignedIsLeftAlone() {
        Raster r = Raster.ofBytes(2, 1, 1, ColourSpace.GREY, new byte[] {1, 2});
        assertThat(SampleNormaliser.toEightBit(r, info(8, SampleType.UNSIGNED, ColourSpace.GREY))).isSameAs(r);
    }

    @Test
    void sixteenBitsMapTheirFullRange() {
        Raster r = Raster.ofShorts(4, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY,
                new short[] {0, (short) 65535, (short) 32768, 257});
        assertThat(samples(SampleNormaliser.toEightBit(r, info(16, SampleType.UNSIGNED, ColourSpace.GREY))))
                .containsExactly(0, 255, 128, 1);
    }

    @Test
    void theImagesOwnMinAndMaxAreStretchedAndClamped() {
        ImageInfo info = ImageInfo.builder().addLevel(new Level(5, 1, 5, 1))
                .samples(1, 16, SampleType.UNSIGNED, ColourSpace.GREY)
                .range(new double[] {1000}, new double[] {2000}).build();
        Raster r = Raster.ofShorts(5, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY,
                new short[] {1000, 1500, 2000, 500, 3000});
        assertThat(samples(SampleNormaliser.toEightBit(r, range(info)))).containsExactly(0, 128, 255, 0, 255);
    }

    @Test
    void signedFloatAndWideIntegerSamples() {
        Raster signed = Raster.ofShorts(2, 1, 1, 16, SampleType.SIGNED, ColourSpace.GREY,
                new short[] {Short.MIN_VALUE, Short.MAX_VALUE});
        assertThat(samples(SampleNormaliser.toEightBit(signed, info(16, SampleType.SIGNED, ColourSpace.GREY))))
                .containsExactly(0, 255);
        Raster floats = Raster.ofFloats(3, 1, 1, ColourSpace.GREY, new float[] {0.5f, Float.NaN, 2f});
        assertThat(samples(SampleNormaliser.toEightBit(floats, info(32, SampleType.FLOAT, ColourSpace.GREY))))
                .containsExactly(128, 0, 255);
        Raster ints = Raster.ofInts(2, 1, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[] {-1, 0});
        assertThat(samples(SampleNormaliser.toEightBit(ints, info(32, SampleType.UNSIGNED, ColourSpace.GREY))))
                .containsExactly(255, 0);
    }

    @Test
    void oneBitImagesBecomeBlackAndWhiteGrey() {
        Raster bits = Raster.ofBytes(3, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[] {0, 1, 1});
        Raster out = SampleNormaliser.toEightBit(bits, info(1, SampleType.UNSIGNED, ColourSpace.BILEVEL));
        assertThat(samples(out)).containsExactly(0, 255, 255);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.GREY);
    }

    @Test
    void withoutAnImageTheSampleTypesRangeIsUsed() {
        Raster floats = Raster.ofFloats(2, 1, 1, ColourSpace.GREY, new float[] {0f, 1f});
        assertThat(samples(SampleNormaliser.toEightBit(floats, null))).containsExactly(0, 255);
    }
}
