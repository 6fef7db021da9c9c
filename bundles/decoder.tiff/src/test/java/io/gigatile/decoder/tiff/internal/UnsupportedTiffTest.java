/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageSource;
import io.gigatile.api.UnsupportedFormatException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TIFF variants this decoder does not read are refused as unsupported, with a short reason. */
class UnsupportedTiffTest {
    private static final int SHORT = 3;

    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @TempDir
    Path dir;

    @Test
    void bitDepthsOtherThanOneToEightSixteenAndThirtyTwo() {
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 12), "12-bit");
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 64).set(Tag.SAMPLE_FORMAT, SHORT, 3),
                "64-bit floating point");
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 16).set(Tag.SAMPLE_FORMAT, SHORT, 3),
                "16-bit floating point");
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 4).set(Tag.SAMPLE_FORMAT, SHORT, 2),
                "4-bit signed");
    }

    @Test
    void complexSamples() {
        assertRefused(new TestTiff().set(Tag.SAMPLE_FORMAT, SHORT, 5), "sample format 5");
    }

    @Test
    void differentBitsPerSample() {
        assertRefused(new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 3).set(Tag.BITS_PER_SAMPLE, SHORT, 8, 8, 16)
                .set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_RGB), "bits per sample");
    }

    @Test
    void otherCompressions() {
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, 34712), "compression 34712");
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, 6), "compression 6");
    }

    @Test
    void otherPhotometricInterpretations() {
        assertRefused(new TestTiff().set(Tag.PHOTOMETRIC, SHORT, 32844), "photometric");
        assertRefused(new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 3).set(Tag.PHOTOMETRIC, SHORT,
                Tag.PHOTOMETRIC_YCBCR).set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_LZW), "YCbCr");
        assertRefused(new TestTiff().set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_RGB), "RGB");
        assertRefused(new TestTiff().set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_CIELAB), "CIELAB");
    }

    @Test
    void paletteWithoutAWholeColourMapIsMalformed() {
        Path file = new TestTiff().set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_PALETTE).set(Tag.COLOR_MAP, SHORT,
                0, 1, 2).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file)))
                .isInstanceOf(io.gigatile.api.DecodeFailureException.class).hasMessageContaining("wrong length");
    }

    @Test
    void predictorsThatDoNotFitTheSamples() {
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_LZW).set(Tag.PREDICTOR, SHORT, 3),
                "predictor 3");
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 4).set(Tag.PREDICTOR, SHORT, 2),
                "predictor 2");
    }

    @Test
    void twelveBitJpeg() {
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_JPEG)
                .set(Tag.BITS_PER_SAMPLE, SHORT, 12), "12-bit");
    }

    @Test
    void jpegWithoutAJpegReader() {
        assertThatThrownBy(() -> Fixtures.open(new TiffDecoder(null),
                Fixtures.file("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("JPEG");
    }

    @Test
    void webpAndZstdWithoutTheirDecodersOpenButRefuseTheirTiles() {
        TiffDecoder without = new TiffDecoder(TiffDecoder.jdkJpegReader(), null, null);
        for (String name : new String[] {"tif-rgb-webp-q90-256x192-tile64-pyramid.tif",
            "tif-rgb-zstd-256x192-tile64-pyramid.tif"}) {
            try (ImageSource source = Fixtures.open(without, Fixtures.file(name))) {
                assertThat(source.info().width()).isEqualTo(256);
                assertThatThrownBy(() -> source.readTile(0, 0, 0)).as(name)
                        .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("not available");
            }
        }
    }

    private void assertRefused(TestTiff tiff, String reason) {
        Path file = tiff.write(dir);
        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining(reason);
    }
}
