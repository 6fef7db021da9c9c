/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.lab2srgb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.TransformContract;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformStage;
import io.gigatile.api.testing.Rasters;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LabToSrgbTransformTest {
    private final LabToSrgbTransform transform = new LabToSrgbTransform();

    @Test
    void eightBitWhiteAndBlack() {
        Raster in = lab8(2, 3, SampleType.UNSIGNED, 255, 0, 0, 0, 0, 0);

        Raster out = transform.apply(in, List.of());

        assertThat(out.bytes()).containsExactly(255, 255, 255, 0, 0, 0);
        assertSrgb(out, 2, 1);
    }

    @Test
    void sixteenBitWhiteAndBlack() {
        Raster in = Raster.ofShorts(2, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.CIELAB,
                new short[] {(short) 65535, 0, 0, 0, 0, 0});

        assertThat(transform.apply(in, List.of()).bytes()).containsExactly(255, 255, 255, 0, 0, 0);
    }

    @Test
    void floatWhiteBlackAndMiddleGrey() {
        Raster in = Raster.ofFloats(3, 1, 3, ColourSpace.CIELAB, new float[] {100, 0, 0, 0, 0, 0, 50, 0, 0});

        // L* 50 is Y 0.1842, sRGB level 118.9 (the usual Lab(50, 0, 0) = #777777)
        assertThat(transform.apply(in, List.of()).bytes())
                .containsExactly(255, 255, 255, 0, 0, 0, 119, 119, 119);
    }

    @Test
    void thePrimariesComeBack() {
        // sRGB red, green and blue in L*a*b* (D65), as published to four decimals
        Raster in = Raster.ofFloats(3, 1, 3, ColourSpace.CIELAB, new float[] {
            53.2408f, 80.0925f, 67.2032f, 87.7347f, -86.1827f, 83.1793f, 32.2970f, 79.1875f, -107.8602f});

        byte[] out = transform.apply(in, List.of()).bytes();

        int[] expected = {255, 0, 0, 0, 255, 0, 0, 0, 255};
        for (int i = 0; i < expected.length; i++) {
            assertThat(out[i] & 0xFF).as("sample %d", i).isCloseTo(expected[i], offset(1));
        }
    }

    @Test
    void aMidColourMatchesTheDefinitionsWorkedInDoubles() {
        Raster in = Raster.ofFloats(1, 1, 3, ColourSpace.CIELAB, new float[] {62.5f, 24.25f, -31.75f});

        byte[] out = transform.apply(in, List.of()).bytes();

        double[] reference = CieReference.levels(62.5, 24.25, -31.75);
        for (int c = 0; c < 3; c++) {
            assertThat(out[c] & 0xFF).isEqualTo((int) Math.round(reference[c]));
        }
    }

    @Test
    void floatColoursAllOverTheSpaceMatchTheDefinitionsToTheNearestLevel() {
        int n = 0;
        float[] samples = new float[3 * 21 * 27 * 27];
        for (int l = 0; l <= 100; l += 5) {
            for (int a = -130; a <= 130; a += 10) {
                for (int b = -130; b <= 130; b += 10) {
                    samples[n++] = l;
                    samples[n++] = a;
                    samples[n++] = b;
                }
            }
        }
        Raster in = Raster.ofFloats(samples.length / 3, 1, 3, ColourSpace.CIELAB, samples);

        byte[] out = transform.apply(in, List.of()).bytes();

        for (int p = 0; p < samples.length / 3; p++) {
            double[] reference = CieReference.levels(samples[3 * p], samples[3 * p + 1], samples[3 * p + 2]);
            for (int c = 0; c < 3; c++) {
                // iipsrv's rounded constants and float steps move a level by 0.022 at most over a dense grid
                assertThat((double) (out[3 * p + c] & 0xFF))
                        .as("Lab %s %s %s band %d", samples[3 * p], samples[3 * p + 1], samples[3 * p + 2], c)
                        .isCloseTo(reference[c], offset(0.53));
            }
        }
    }

    @Test
    void eightBitMatchesIipsrvExceptThatItRoundsWhereIipsrvTruncates() {
        int n = 0;
        byte[] samples = new byte[3 * 256 * 52 * 52];
        for (int l = 0; l < 256; l++) {
            for (int a = -128; a < 128; a += 5) {
                for (int b = -128; b < 128; b += 5) {
                    samples[n++] = (byte) l;
                    samples[n++] = (byte) a;
                    samples[n++] = (byte) b;
                }
            }
        }
        Raster in = Raster.ofBytes(256, 52 * 52, 3, ColourSpace.CIELAB, samples);

        byte[] out = transform.apply(in, List.of()).bytes();

        int roundedUp = 0;
        for (int p = 0; p < samples.length / 3; p++) {
            double[] iipsrv = IipsrvReference.levels(samples[3 * p] & 0xFF, samples[3 * p + 1], samples[3 * p + 2]);
            for (int c = 0; c < 3; c++) {
                int ours = out[3 * p + c] & 0xFF;
                assertThat(ours).as("pixel %d band %d", p, c).isEqualTo((int) Math.round(iipsrv[c]));
                roundedUp += ours - (int) iipsrv[c];
            }
        }
        assertThat(roundedUp).isGreaterThan(samples.length / 4);
    }

    @Test
    void eightSixteenBitAndFloatInputsOfTheSameColoursAgree() {
        int pixels = 256 * 9;
        byte[] bytes = new byte[3 * pixels];
        float[] floats = new float[3 * pixels];
        short[] shorts = new short[3 * pixels];
        float[] floatsOfShorts = new float[3 * pixels];
        int n = 0;
        for (int l = 0; l < 256; l++) {
            for (int c = -120; c <= 120; c += 30) {
                bytes[n] = (byte) l;
                bytes[n + 1] = (byte) c;
                bytes[n + 2] = (byte) -c;
                floats[n] = (float) (l / 2.55);
                floats[n + 1] = c;
                floats[n + 2] = -c;
                shorts[n] = (short) (l * 257);
                shorts[n + 1] = (short) (c * 256 + 77);
                shorts[n + 2] = (short) (-c * 256 - 77);
                floatsOfShorts[n] = (float) (l * 257 * 100.0 / 65535.0);
                floatsOfShorts[n + 1] = (float) ((c * 256 + 77) / 256.0);
                floatsOfShorts[n + 2] = (float) ((-c * 256 - 77) / 256.0);
                n += 3;
            }
        }

        byte[] fromBytes = transform.apply(Raster.ofBytes(pixels, 1, 3, ColourSpace.CIELAB, bytes), List.of()).bytes();
        byte[] fromFloats = transform.apply(Raster.ofFloats(pixels, 1, 3, ColourSpace.CIELAB, floats), List.of())
                .bytes();
        byte[] fromShorts = transform.apply(Raster.ofShorts(pixels, 1, 3, 16, SampleType.SIGNED, ColourSpace.CIELAB,
                shorts), List.of()).bytes();
        byte[] fromFloatsOfShorts = transform.apply(Raster.ofFloats(pixels, 1, 3, ColourSpace.CIELAB,
                floatsOfShorts), List.of()).bytes();

        assertThat(fromBytes).containsExactly(fromFloats);
        assertThat(fromShorts).containsExactly(fromFloatsOfShorts);
    }

    @Test
    void theSampleTypeDoesNotChangeHowChromaIsRead() {
        byte[] lab = {(byte) 140, 40, (byte) -60, 90, (byte) -100, 20};
        short[] lab16 = {(short) 40000, 10 * 256, (short) (-70 * 256), 1000, 0, (short) -1};

        byte[] unsigned = transform.apply(lab8(2, 3, SampleType.UNSIGNED, lab), List.of()).bytes();
        byte[] signed = transform.apply(lab8(2, 3, SampleType.SIGNED, lab), List.of()).bytes();
        byte[] unsigned16 = transform.apply(Raster.ofShorts(2, 1, 3, 16, SampleType.UNSIGNED, ColourSpace.CIELAB,
                lab16), List.of()).bytes();
        byte[] signed16 = transform.apply(Raster.ofShorts(2, 1, 3, 16, SampleType.SIGNED, ColourSpace.CIELAB,
                lab16), List.of()).bytes();

        assertThat(signed).containsExactly(unsigned);
        assertThat(signed16).containsExactly(unsigned16);
        // a* 40, b* -60 is a blue-violet: blue well above red above green
        assertThat(unsigned[2] & 0xFF).isGreaterThan(unsigned[0] & 0xFF);
        assertThat(unsigned[0] & 0xFF).isGreaterThan(unsigned[1] & 0xFF);
    }

    @Test
    void oneBandIsLightnessAloneAndGivesGrey() {
        Raster in = lab8(3, 1, SampleType.UNSIGNED, 0, 128, 255);

        Raster out = transform.apply(in, List.of());

        assertThat(out.bytes()).containsExactly(0, 0, 0, 119, 119, 119, 255, 255, 255);
        assertSrgb(out, 3, 1);
    }

    @Test
    void fiveBandsKeepTheFirstThree() {
        Raster five = Raster.ofFloats(2, 1, 5, ColourSpace.CIELAB,
                new float[] {62.5f, 24.25f, -31.75f, 9f, -9f, 100f, 0f, 0f, Float.NaN, 1e9f});
        Raster three = Raster.ofFloats(2, 1, 3, ColourSpace.CIELAB, new float[] {62.5f, 24.25f, -31.75f, 100f, 0f, 0f});

        Raster out = transform.apply(five, List.of());

        assertThat(out.bytes()).containsExactly(transform.apply(three, List.of()).bytes());
        assertSrgb(out, 2, 1);
    }

    @Test
    void nanIsBlack() {
        Raster in = Raster.ofFloats(2, 1, 3, ColourSpace.CIELAB, new float[] {Float.NaN, 0, 0, 50, Float.NaN, 0});

        assertThat(transform.apply(in, List.of()).bytes()).containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void floatInputIsLeftUntouched() {
        float[] labFloats = {62.5f, 24.25f, -31.75f, 10f, 80f, 80f};
        Raster inFloats = Raster.ofFloats(2, 1, 3, ColourSpace.CIELAB, labFloats.clone());

        Raster outFloats = transform.apply(inFloats, List.of());

        assertThat(inFloats.floats()).containsExactly(labFloats);
        assertThat(outFloats.bytes()).isNotEqualTo(new byte[6]);
    }

    @Test
    void otherColourSpacesPassThroughUnchanged() {
        Raster rgb = Raster.ofBytes(1, 1, 3, ColourSpace.SRGB, new byte[] {1, 2, 3});
        Raster grey = Raster.ofShorts(1, 1, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[] {7});

        assertThat(transform.apply(rgb, List.of())).isSameAs(rgb);
        assertThat(transform.apply(grey, List.of())).isSameAs(grey);
    }

    @Test
    void labWithoutATiffEncodingIsUnsupported() {
        Raster ints = Raster.ofInts(1, 1, 3, SampleType.UNSIGNED, ColourSpace.CIELAB, new int[3]);
        Raster nibbles = Raster.ofBytes(1, 1, 3, 4, SampleType.UNSIGNED, ColourSpace.CIELAB, new byte[3]);
        Raster twelve = Raster.ofShorts(1, 1, 3, 12, SampleType.UNSIGNED, ColourSpace.CIELAB, new short[3]);

        for (Raster r : List.of(ints, nibbles, twelve)) {
            assertThatThrownBy(() -> transform.apply(r, List.of())).isInstanceOf(UnsupportedFormatException.class)
                    .hasMessageStartingWith("CIE L*a*b* images need 8 or 16-bit or float samples");
        }
    }

    private static Raster lab8(int width, int bands, SampleType type, int... samples) {
        byte[] bytes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            bytes[i] = (byte) samples[i];
        }
        return lab8(width, bands, type, bytes);
    }

    private static Raster lab8(int width, int bands, SampleType type, byte[] samples) {
        return Raster.ofBytes(width, samples.length / width / bands, bands, 8, type, ColourSpace.CIELAB, samples);
    }

    private static void assertSrgb(Raster out, int width, int height) {
        assertThat(out.width()).isEqualTo(width);
        assertThat(out.height()).isEqualTo(height);
        assertThat(out.bands()).isEqualTo(3);
        assertThat(out.bitsPerSample()).isEqualTo(8);
        assertThat(out.sampleType()).isEqualTo(SampleType.UNSIGNED);
        assertThat(out.colourSpace()).isEqualTo(ColourSpace.SRGB);
    }

    @Nested
    class Contract extends TransformContract {
        Contract() {
            super(transform, "lab2srgb", TransformStage.LAB2SRGB, List.of(),
                    Rasters.randomBytes(16, 12, 3, ColourSpace.CIELAB, 1));
        }

        @Override
        protected boolean takesClientArguments() {
            return false;
        }
    }
}
