/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.mirror.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MirrorTransformTest {
    private final MirrorTransform mirror = new MirrorTransform();

    @Test
    void flipsEachRowOfPixelsKeepingTheBandsInOrder() {
        byte[] rgb = {
            1, 2, 3, 4, 5, 6, 7, 8, 9,
            10, 11, 12, 13, 14, 15, 16, 17, 18};
        Raster input = Raster.ofBytes(3, 2, 3, ColourSpace.SRGB, rgb);

        Raster out = mirror.apply(input, List.of());

        assertThat(out.bytes()).containsExactly(
                7, 8, 9, 4, 5, 6, 1, 2, 3,
                16, 17, 18, 13, 14, 15, 10, 11, 12);
        assertThat(out.width()).isEqualTo(3);
        assertThat(out.height()).isEqualTo(2);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @Test
    void singleColumnIsUnchanged() {
        Raster input = Raster.ofBytes(1, 3, 2, ColourSpace.GREY, new byte[] {1, 2, 3, 4, 5, 6});

        assertThat(mirror.apply(input, List.of()).bytes()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void everyArrayTypeIsFlippedAndKeepsItsFormat() {
        Raster shorts = Raster.ofShorts(2, 1, 2, 12, SampleType.UNSIGNED, ColourSpace.GREY,
                new short[] {100, 4000, 200, 3000});
        Raster signed = Raster.ofShorts(3, 1, 1, 16, SampleType.SIGNED, ColourSpace.MULTIBAND,
                new short[] {-1, 0, 1});
        Raster ints = Raster.ofInts(2, 1, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[] {7, -8});
        Raster floats = Raster.ofFloats(2, 1, 3, ColourSpace.SRGB, new float[] {0.1f, 0.2f, 0.3f, 1f, 2f, 3f});
        Raster bits = Raster.ofBytes(2, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[] {0, 1});

        Raster s = mirror.apply(shorts, List.of());
        assertThat(s.shorts()).containsExactly(200, 3000, 100, 4000);
        assertThat(s.bitsPerSample()).isEqualTo(12);
        assertThat(mirror.apply(signed, List.of()).shorts()).containsExactly(1, 0, -1);
        assertThat(mirror.apply(signed, List.of()).sampleType()).isEqualTo(SampleType.SIGNED);
        assertThat(mirror.apply(ints, List.of()).ints()).containsExactly(-8, 7);
        assertThat(mirror.apply(floats, List.of()).floats()).containsExactly(1f, 2f, 3f, 0.1f, 0.2f, 0.3f);
        Raster b = mirror.apply(bits, List.of());
        assertThat(b.bytes()).containsExactly(1, 0);
        assertThat(b.bitsPerSample()).isEqualTo(1);
        assertThat(b.colourSpace()).isEqualTo(ColourSpace.BILEVEL);
    }

    @Test
    void mirroringTwiceGivesTheInputBackAndLeavesItAlone() {
        Random random = new Random(3);
        for (int bands = 1; bands <= 5; bands++) {
            byte[] samples = new byte[37 * 11 * bands];
            random.nextBytes(samples);
            byte[] before = samples.clone();
            Raster input = Raster.ofBytes(37, 11, bands, bands == 5 ? ColourSpace.MULTIBAND
                    : bands <= 2 ? ColourSpace.GREY : ColourSpace.SRGB, samples);

            Raster once = mirror.apply(input, List.of());
            Raster twice = mirror.apply(once, List.of());

            assertThat(once.bytes()).isNotEqualTo(before);
            assertThat(twice.bytes()).isEqualTo(before);
            assertThat(input.bytes()).isEqualTo(before);
        }
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(mirror, "mirror", TransformStage.MIRROR, List.of(),
                    Rasters.randomBytes(16, 12, 3, ColourSpace.SRGB, 1));
        }
    }
}
