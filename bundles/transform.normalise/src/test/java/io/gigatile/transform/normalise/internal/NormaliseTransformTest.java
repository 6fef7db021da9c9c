/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.normalise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NormaliseTransformTest {
    private final NormaliseTransform transform = new NormaliseTransform();

    @Test
    void unsignedShortsMapTheRangeOntoEightBits() {
        short[] samples = {1000, 2000, 3000, 4000, 0, 1500, 2500, (short) 65535};
        Raster in = Raster.ofShorts(4, 2, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, samples.clone());

        Raster out = transform.apply(in, List.of("1000", "3000"));

        // 2000 is 127.5 on the 0..255 scale: halves round up
        assertThat(out.bytes()).containsExactly(0, 128, 255, 255, 0, 64, 191, 255);
        assertEightBit(out, 4, 2, 1, ColourSpace.GREY);
        assertThat(in.shorts()).containsExactly(samples);
    }

    @Test
    void signedShortsAreReadAsTwosComplement() {
        short[] samples = {-32768, -1, 0, 32767, -16384};
        Raster in = Raster.ofShorts(5, 1, 1, 16, SampleType.SIGNED, ColourSpace.GREY, samples);

        Raster out = transform.apply(in, List.of("-32768", "32767"));

        // -1 -> 32767 / 65535 * 255 = 127.498, 0 -> 127.502
        assertThat(out.bytes()).containsExactly(0, 127, 128, 255, 64);
    }

    @Test
    void unsignedIntsUseAllThirtyTwoBits() {
        int[] samples = {0, -1, Integer.MIN_VALUE, 1_000_000};
        Raster in = Raster.ofInts(2, 2, 1, SampleType.UNSIGNED, ColourSpace.GREY, samples.clone());

        Raster out = transform.apply(in, List.of("0", "4294967295"));

        // 2^31 / (2^32 - 1) * 255 = 127.50000003; 10^6 -> 0.059
        assertThat(out.bytes()).containsExactly(0, 255, 128, 0);
        assertThat(in.ints()).containsExactly(samples);
    }

    @Test
    void signedInts() {
        Raster in = Raster.ofInts(4, 1, 1, SampleType.SIGNED, ColourSpace.GREY,
                new int[] {-10, -1, 10, Integer.MIN_VALUE});

        Raster out = transform.apply(in, List.of("-10", "10"));

        // -1 -> 9 / 20 * 255 = 114.75
        assertThat(out.bytes()).containsExactly(0, 115, 255, 0);
    }

    @Test
    void floatsClampAndMapNanAndInfinities() {
        float[] samples = {0f, 0.25f, 0.5f, 1f, -3f, 7f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 0.999f};
        Raster in = Raster.ofFloats(5, 2, 1, ColourSpace.GREY, samples.clone());

        Raster out = transform.apply(in, List.of("0", "1"));

        assertThat(out.bytes()).containsExactly(0, 64, 128, 255, 0, 255, 0, 255, 0, 255);
        assertThat(in.floats()).containsExactly(samples);
    }

    @Test
    void eightBitUnsignedWithTheFullRangeIsReturnedAsItIs() {
        Raster in = Raster.ofBytes(2, 2, 3, ColourSpace.SRGB, new byte[12]);

        assertThat(transform.apply(in, List.of("0", "255", "0.0", "255.0", "0", "2.55e2"))).isSameAs(in);
    }

    @Test
    void eightBitUnsignedWithAnotherRangeIsMapped() {
        byte[] samples = {0, 10, 20, (byte) 200};
        Raster in = Raster.ofBytes(4, 1, 1, ColourSpace.GREY, samples.clone());

        Raster out = transform.apply(in, List.of("10", "20"));

        assertThat(out).isNotSameAs(in);
        assertThat(out.bytes()).containsExactly(0, 0, 255, 255);
        assertThat(in.bytes()).containsExactly(samples);
    }

    @Test
    void signedBytesAreNeverTheIdentity() {
        Raster in = Raster.ofBytes(4, 1, 1, 8, SampleType.SIGNED, ColourSpace.GREY,
                new byte[] {-128, -1, 0, 127});

        assertThat(transform.apply(in, List.of("0", "255")).bytes()).containsExactly(0, 0, 0, 127);
        assertThat(transform.apply(in, List.of("-128", "127")).bytes()).containsExactly(0, 127, 128, 255);
    }

    @Test
    void oneBitBilevelBecomesGrey() {
        Raster in = Raster.ofBytes(3, 1, 1, 1, SampleType.UNSIGNED, ColourSpace.BILEVEL, new byte[] {0, 1, 1});

        Raster out = transform.apply(in, List.of("0", "1"));

        assertThat(out.bytes()).containsExactly(0, 255, 255);
        assertEightBit(out, 3, 1, 1, ColourSpace.GREY);
    }

    @Test
    void twoAndFourBitSamplesSpreadOverTheWholeScale() {
        Raster two = Raster.ofBytes(4, 1, 1, 2, SampleType.UNSIGNED, ColourSpace.GREY, new byte[] {0, 1, 2, 3});
        byte[] nibbles = new byte[16];
        for (int i = 0; i < 16; i++) {
            nibbles[i] = (byte) i;
        }
        Raster four = Raster.ofBytes(16, 1, 1, 4, SampleType.UNSIGNED, ColourSpace.GREY, nibbles);

        assertThat(transform.apply(two, List.of("0", "3")).bytes()).containsExactly(0, 85, 170, 255);
        byte[] out = transform.apply(four, List.of("0", "15")).bytes();
        for (int i = 0; i < 16; i++) {
            assertThat(out[i] & 0xFF).isEqualTo(17 * i);
        }
    }

    @Test
    void paletteKeepsItsColourSpace() {
        Raster in = Raster.ofBytes(2, 1, 1, 4, SampleType.UNSIGNED, ColourSpace.PALETTE, new byte[] {0, 15});

        assertThat(transform.apply(in, List.of("0", "15")).colourSpace()).isEqualTo(ColourSpace.PALETTE);
    }

    @Test
    void eachOfThreeBandsHasItsOwnRange() {
        short[] samples = {0, 100, 1000, 50, 200, 3000};
        Raster in = Raster.ofShorts(2, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.SRGB, samples);

        Raster out = transform.apply(in, List.of("0", "100", "100", "200", "1000", "3000"));

        assertThat(out.bytes()).containsExactly(0, 0, 0, 128, 255, 255);
        assertEightBit(out, 2, 1, 3, ColourSpace.SRGB);
    }

    @Test
    void fiveBandsOfFloatsIncludingAConstantBand() {
        float[] samples = {
            0f, 5f, 1f, -1f, Float.POSITIVE_INFINITY,
            1f, 5f, 2f, 1f, Float.NaN,
            0.5f, 9f, 3f, 0f, Float.NEGATIVE_INFINITY};
        Raster in = Raster.ofFloats(3, 1, 5, ColourSpace.MULTIBAND, samples);

        Raster out = transform.apply(in, List.of("0", "1", "5", "5", "1", "3", "-1", "1", "0", "10"));

        assertThat(out.bytes()).containsExactly(
                0, 0, 0, 0, 255,
                255, 0, 128, 255, 0,
                128, 0, 255, 128, 0);
        assertEightBit(out, 3, 1, 5, ColourSpace.MULTIBAND);
    }

    @Test
    void aBandWhoseMinEqualsItsMaxIsZeroWhateverItsSamples() {
        float[] floats = {3f, Float.POSITIVE_INFINITY, Float.NaN, -2f};
        Raster in = Raster.ofFloats(4, 1, 1, ColourSpace.GREY, floats);
        Raster bytes = Raster.ofBytes(2, 1, 1, ColourSpace.GREY, new byte[] {3, (byte) 255});

        assertThat(transform.apply(in, List.of("3", "3")).bytes()).containsOnly(0);
        assertThat(transform.apply(bytes, List.of("3", "3")).bytes()).containsOnly(0);
    }

    @Test
    void anInvertedRangeInvertsTheBand() {
        Raster in = Raster.ofBytes(3, 1, 1, ColourSpace.GREY, new byte[] {0, 55, (byte) 255});

        assertThat(transform.apply(in, List.of("255", "0")).bytes()).containsExactly(255, 200, 0);
    }

    @Test
    void everySixteenBitValueMatchesTheFormula() {
        short[] samples = new short[65536];
        for (int v = 0; v < samples.length; v++) {
            samples[v] = (short) v;
        }
        Raster in = Raster.ofShorts(256, 256, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, samples);

        byte[] out = transform.apply(in, List.of("1000.5", "41234")).bytes();

        for (int v = 0; v < samples.length; v++) {
            // one rounding, in the division, so that exact halves stay halves
            double exact = (v - 1000.5) * 255 / (41234 - 1000.5);
            long expected = Math.max(0, Math.min(255, Math.round(exact)));
            assertThat(out[v] & 0xFF).as("sample %d", v).isEqualTo((int) expected);
        }
    }

    @Test
    void everyRoundRangeOfEightBitsMatchesTheFormula() {
        byte[] samples = new byte[256];
        for (int v = 0; v < 256; v++) {
            samples[v] = (byte) v;
        }
        Raster in = Raster.ofBytes(16, 16, 1, ColourSpace.GREY, samples);

        for (int max = 1; max <= 255; max++) {
            byte[] out = transform.apply(in, List.of("0", Integer.toString(max))).bytes();
            for (int v = 0; v < 256; v++) {
                // v * 255 / max is a half exactly when 2 * v * 255 is an odd multiple of max
                long twice = 2L * v * 255;
                long expected = Math.min(255, (twice / max + 1) / 2);
                assertThat(out[v] & 0xFF).as("%d in 0..%d", v, max).isEqualTo((int) expected);
            }
        }
    }

    @Test
    void differsFromIipsrvOnlyByRoundingInsteadOfTruncating() {
        short[] samples = new short[4096];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i * 16 + 7);
        }
        Raster in = Raster.ofShorts(64, 64, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, samples);

        byte[] out = transform.apply(in, List.of("300", "60000")).bytes();

        int rounded = 0;
        for (int i = 0; i < samples.length; i++) {
            int iipsrv = IipsrvNormalize.eightBit(samples[i] & 0xFFFF, 300f, 60000f);
            assertThat((out[i] & 0xFF) - iipsrv).as("sample %d", samples[i] & 0xFFFF).isBetween(0, 1);
            rounded += (out[i] & 0xFF) - iipsrv;
        }
        assertThat(rounded).isGreaterThan(1000);
    }

    @Nested
    class Contract extends TransformContract {
        /** An 8-bit image going into the float stages. */
        Contract() {
            super(transform, "normalise", TransformStage.NORMALISE,
                    List.of("float", "0", "255", "0", "255", "0", "255"),
                    Rasters.randomBytes(16, 12, 3, ColourSpace.SRGB, 1));
        }
    }

    private static void assertEightBit(Raster out, int width, int height, int bands, ColourSpace space) {
        assertThat(out.width()).isEqualTo(width);
        assertThat(out.height()).isEqualTo(height);
        assertThat(out.bands()).isEqualTo(bands);
        assertThat(out.bitsPerSample()).isEqualTo(8);
        assertThat(out.sampleType()).isEqualTo(SampleType.UNSIGNED);
        assertThat(out.colourSpace()).isEqualTo(space);
    }
}
