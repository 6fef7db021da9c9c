/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stripped images: virtual tiles cut from strips, lower levels made on the fly, every read bounded. */
class StripTest {
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @TempDir
    Path dir;

    @Test
    void stripsOfSixteenRowsServeTheirRows() {
        // four blocks of 256 bytes as strips of 8 rows of 32 pixels
        Path file = strips().set(Tag.ROWS_PER_STRIP, SHORT, 8).write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.info().levels()).containsExactly(new Level(32, 32, 256, 256));
            byte[] all = source.readTile(0, 0, 0).bytes();
            assertThat(Arrays.copyOfRange(all, 0, 256)).containsOnly((byte) 10);
            assertThat(Arrays.copyOfRange(all, 768, 1024)).containsOnly((byte) 40);
            assertThat(source.readRegion(0, new Rect(3, 7, 5, 2)).bytes())
                    .containsExactly(10, 10, 10, 10, 10, 20, 20, 20, 20, 20);
        }
    }

    @Test
    void aHugeCompressedStripIsRefusedBeforeDecoding() {
        // one deflate strip of 20000 x 20000 grey: 400 MB decoded, more than one read may hold
        Path file = strips().set(Tag.IMAGE_WIDTH, LONG, 20000).set(Tag.IMAGE_LENGTH, LONG, 20000)
                .set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_ADOBE_DEFLATE).tiles(new byte[64]).write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.info().levels()).hasSize(8);
            Level smallest = source.info().levels().get(7);
            assertThat(smallest.width()).isLessThanOrEqualTo(256);
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(LimitExceededException.class);
            assertThatThrownBy(() -> source.readTile(7, 0, 0)).isInstanceOf(LimitExceededException.class);
        }
    }

    @Test
    void anUncompressedStripIsReadOnlyWhereNeeded() {
        // one uncompressed strip claims 400 MB, of which the file holds the first row: that row reads
        Path file = strips().set(Tag.IMAGE_WIDTH, LONG, 20000).set(Tag.IMAGE_LENGTH, LONG, 20000)
                .tiles(new byte[20000]).set(Tag.STRIP_OFFSETS, LONG, 8)
                .set(Tag.STRIP_BYTE_COUNTS, LONG, 400_000_000L).write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.readRegion(0, new Rect(0, 0, 256, 1)).bytes()).containsOnly((byte) 0);
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("end of the file");
        }
    }

    @Test
    void anEmptyStripFails() {
        Path file = strips().set(Tag.ROWS_PER_STRIP, SHORT, 8)
                .set(Tag.STRIP_BYTE_COUNTS, LONG, 256, 0, 256, 256).set(Tag.STRIP_OFFSETS, LONG, 8, 264, 520, 776)
                .write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.readRegion(0, new Rect(0, 0, 32, 8)).bytes()).containsOnly((byte) 10);
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("empty");
        }
    }

    private static TestTiff strips() {
        return new TestTiff().remove(Tag.TILE_WIDTH).remove(Tag.TILE_LENGTH);
    }
}
