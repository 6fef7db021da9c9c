/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.UnsupportedFormatException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TIFF variants this decoder does not read yet are refused as unsupported, with a short reason. */
class UnsupportedTiffTest {
    private static final int SHORT = 3;

    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @TempDir
    Path dir;

    @Test
    void sixteenBitSamples() {
        assertRefused(new TestTiff().set(Tag.BITS_PER_SAMPLE, SHORT, 16), "8 bits");
    }

    @Test
    void floatingPointSamples() {
        assertRefused(new TestTiff().set(Tag.SAMPLE_FORMAT, SHORT, 3), "unsigned");
    }

    @Test
    void planarRgb() {
        assertRefused(new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 3).set(Tag.BITS_PER_SAMPLE, SHORT, 8, 8, 8)
                .set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_RGB).set(Tag.PLANAR_CONFIGURATION, SHORT, 2), "planar");
    }

    @Test
    void extraSamples() {
        assertRefused(new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 4).set(Tag.EXTRA_SAMPLES, SHORT, 2),
                "extra samples");
    }

    @Test
    void otherCompressions() {
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, 34712), "compression 34712");
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, 6), "compression 6");
    }

    @Test
    void otherPhotometricInterpretations() {
        assertRefused(new TestTiff().set(Tag.PHOTOMETRIC, SHORT, 3), "photometric");
        assertRefused(new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 3).set(Tag.PHOTOMETRIC, SHORT,
                Tag.PHOTOMETRIC_YCBCR).set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_LZW), "photometric");
    }

    @Test
    void floatingPointPredictor() {
        assertRefused(new TestTiff().set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_LZW).set(Tag.PREDICTOR, SHORT, 3),
                "predictor");
    }

    @Test
    void strips() {
        assertRefused(new TestTiff().remove(Tag.TILE_WIDTH).remove(Tag.TILE_LENGTH), "tiles");
    }

    @Test
    void jpegWithoutAJpegReader() {
        assertThatThrownBy(() -> new TiffDecoder(null)
                .open(Fixtures.file("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("JPEG");
    }

    private void assertRefused(TestTiff tiff, String reason) {
        Path file = tiff.write(dir);
        assertThatThrownBy(() -> decoder.open(Fixtures.file(file))).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining(reason);
    }
}
