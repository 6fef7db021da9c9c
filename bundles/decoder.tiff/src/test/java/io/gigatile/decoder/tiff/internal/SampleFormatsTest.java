/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each sample format reports beyond its pixels: its raster format and the value range of each band. */
class SampleFormatsTest {
    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @ParameterizedTest
    @CsvSource({
        "tif-grey1-packbits-256x192-tile64.tif, 1, 1, UNSIGNED, BILEVEL, 0, 1",
        "tif-grey4-lzw-256x192-tile64.tif, 1, 4, UNSIGNED, GREY, 0, 15",
        "tif-grey16-deflate-256x192-tile64-pyramid.tif, 1, 16, UNSIGNED, GREY, 0, 65535",
        "tif-grey16signed-deflate-256x192-tile64-pyramid.tif, 1, 16, SIGNED, GREY, -32768, 32767",
        "tif-grey32uint-deflate-256x192-tile64.tif, 1, 32, UNSIGNED, GREY, 0, 4294967295",
        "tif-grey32int-deflate-256x192-tile64.tif, 1, 32, SIGNED, GREY, -2147483648, 2147483647",
        "tif-float-none-sminsmax-256x192-tile64.tif, 1, 32, FLOAT, GREY, -1, 2",
        "tif-palette-lzw-256x192-tile64.tif, 3, 8, UNSIGNED, SRGB, 0, 255",
        "tif-multiband5-deflate-256x192-tile64-pyramid.tif, 5, 8, UNSIGNED, MULTIBAND, 0, 255",
        "tif-rgba-deflate-256x192-tile64-pyramid.tif, 4, 8, UNSIGNED, SRGB, 0, 255",
        "tif-cielab16-deflate-96x64-tile32-pyramid.tif, 3, 16, UNSIGNED, CIELAB, 0, 65535"
    })
    void formatAndRange(String name, int bands, int bits, SampleType type, ColourSpace space, double min,
            double max) {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            ImageInfo info = source.info();

            assertThat(info.bands()).isEqualTo(bands);
            assertThat(info.bitsPerSample()).isEqualTo(bits);
            assertThat(info.sampleType()).isEqualTo(type);
            assertThat(info.colourSpace()).isEqualTo(space);
            assertThat(info.minValue(0)).isEqualTo(min);
            assertThat(info.maxValue(0)).isEqualTo(max);
        }
    }

    @Test
    void cieLabAAndBAreSignedRanges() {
        try (ImageSource eight = Fixtures.open(decoder, Fixtures.file("tif-cielab8-none-96x64-tile32-pyramid.tif"));
                ImageSource floats = Fixtures.open(decoder, Fixtures.file("tif-cielabfloat-deflate-96x64-tile32-pyramid.tif"))) {
            assertThat(IntStream.range(0, 3).mapToDouble(eight.info()::minValue).toArray())
                    .containsExactly(0, -128, -128);
            assertThat(IntStream.range(0, 3).mapToDouble(eight.info()::maxValue).toArray())
                    .containsExactly(255, 127, 127);
            assertThat(floats.info().sampleType()).isEqualTo(SampleType.FLOAT);
            assertThat(floats.info().maxValue(0)).isEqualTo(100);
            assertThat(floats.info().minValue(1)).isEqualTo(-128);
        }
    }

    @Test
    void aFloatImageWithoutARangeIsMeasuredOnItsSmallestLevel() {
        String name = "tif-float-deflate-predictor3-256x192-tile64-pyramid.tif";
        float[] all = Fixtures.expected(name).floats();
        double lowest = IntStream.range(0, all.length).mapToDouble(i -> all[i]).min().orElseThrow();
        double highest = IntStream.range(0, all.length).mapToDouble(i -> all[i]).max().orElseThrow();
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            ImageInfo info = source.info();

            // the smallest level's means lie within the samples' range, and cover most of it
            assertThat(info.minValue(0)).isBetween(lowest, highest);
            assertThat(info.maxValue(0)).isBetween(info.minValue(0), highest);
            assertThat(info.maxValue(0) - info.minValue(0)).isGreaterThan((highest - lowest) / 2);
        }
    }

    @Test
    void aFloatImageWithoutALevelToMeasureKeepsAUsableRange(@TempDir Path dir) {
        float[] nan = new float[256];
        Arrays.fill(nan, Float.NaN);
        byte[] tile = new byte[1024];
        ByteBuffer.wrap(tile).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(nan);
        TestTiff tiff = new TestTiff().set(Tag.BITS_PER_SAMPLE, 3, 32).set(Tag.SAMPLE_FORMAT, 3, 3)
                .tiles(tile, tile, tile, tile);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(tiff.write(dir)))) {
            assertThat(source.info().minValue(0)).isZero();
            assertThat(source.info().maxValue(0)).isEqualTo(1);
            assertThat(source.readTile(0, 0, 0).floats()).containsOnly(Float.NaN);
            // lower levels leave NaN out of their means, and have nothing else here
            assertThat(source.readTile(1, 0, 0).floats()).containsOnly(Float.NaN);
        }
    }

    @Test
    void iccLabBecomesTheCieLabEncoding() {
        PixelFormat f = new PixelFormat(3, 8, SampleType.UNSIGNED, false, Tag.PHOTOMETRIC_ICCLAB, 3, 8,
                SampleType.UNSIGNED, ColourSpace.CIELAB, PixelFormat.Conversion.ICC_LAB);
        byte[] lab = {(byte) 200, (byte) 128, (byte) 100, 0, (byte) 255, 0};

        byte[] out = (byte[]) PixelConverter.of(f, null).convert(lab, 2);

        assertThat(out).containsExactly((byte) 200, 0, -28, 0, 127, -128);
    }

    @Test
    void minIsWhiteFloatsAreNegated() {
        PixelFormat f = new PixelFormat(1, 32, SampleType.FLOAT, false, Tag.PHOTOMETRIC_MIN_IS_WHITE, 1, 32,
                SampleType.FLOAT, ColourSpace.GREY, PixelFormat.Conversion.INVERT);

        float[] out = (float[]) PixelConverter.of(f, null).convert(new float[] {0.25f, -2f}, 2);

        assertThat(out).containsExactly(-0.25f, 2f);
    }

    @Test
    void sixteenBitSamplesRoundTripTheirBitsExactly() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file("tif-rgb16-lzw-bigendian-256x192-tile64-pyramid.tif"))) {
            short[] samples = source.readTile(0, 1, 1).shorts();
            short[] expected = (short[]) Samples.crop(
                    Fixtures.expected("tif-rgb16-lzw-256x192-tile64-pyramid.tif").shorts(), 256 * 3, 3,
                    new Rect(64, 64, 64, 64));

            assertThat(samples).isEqualTo(expected);
            assertThat(source.info().dpiX()).isCloseTo(25.4, within(0.01));
        }
    }
}
