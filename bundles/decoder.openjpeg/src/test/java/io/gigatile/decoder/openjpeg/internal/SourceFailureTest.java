/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A store that stops answering while OpenJPEG reads: its exception, as it was thrown, and nothing else. */
class SourceFailureTest {
    private static final String RGB = "jp2-rgb-640x480-tile256-r5-l3.jp2";

    private final OpenJpegLibrary library = Fixtures.library();
    private final OpenJpegDecoder decoder = new OpenJpegDecoder(library, 1, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
            OpenJpegDecoder.TILE_SIZE);

    @Test
    void aStoreFailingMidDecodeFailsTheReadWithItsOwnException() {
        StoredImage image = Fixtures.file(RGB);
        try (FailingBytes bytes = new FailingBytes(image.open())) {
            ImageSource source = decoder.open(image, bytes);
            Raster before = source.readTile(0, 1, 1);
            SourceUnavailableException outage = new SourceUnavailableException("store timed out",
                    Duration.ofSeconds(5), null);
            // the main header stays readable: the tile's data is what fails
            bytes.failFrom(2000, outage);

            assertThatThrownBy(() -> source.readTile(0, 1, 1)).isSameAs(outage);
            assertThatThrownBy(() -> source.readTile(2, 0, 0, ImageSource.ALL_LAYERS)).isSameAs(outage);

            bytes.recover();
            assertThat(Samples.all(source.readTile(0, 1, 1))).isEqualTo(Samples.all(before));
            assertThat(library.callbacks().live()).isZero();
        }
    }

    @Test
    void otherFailuresOfTheBytesPassThroughToo() {
        StoredImage image = Fixtures.file(RGB);
        try (FailingBytes bytes = new FailingBytes(image.open())) {
            ImageSource source = decoder.open(image, bytes);
            UncheckedIOException broken = new UncheckedIOException(new IOException("disk gone"));
            bytes.failFrom(2000, broken);

            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isSameAs(broken);
        }
    }

    @Test
    void aStoreFailingAtOpenFailsTheOpen() {
        StoredImage image = Fixtures.file(RGB);
        try (FailingBytes bytes = new FailingBytes(image.open())) {
            SourceUnavailableException outage = new SourceUnavailableException("store timed out", null);
            bytes.failFrom(0, outage);

            assertThatThrownBy(() -> decoder.open(image, bytes)).isSameAs(outage);
        }
    }
}
