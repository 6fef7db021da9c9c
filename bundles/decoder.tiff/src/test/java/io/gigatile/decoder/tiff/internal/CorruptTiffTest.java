/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt files end in a {@link DecodeFailureException}: never an out-of-memory error, a hang or another error. */
class CorruptTiffTest {
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private final TiffDecoder decoder = new TiffDecoder(TiffDecoder.jdkJpegReader());

    @TempDir
    Path dir;

    @Test
    void aTruncatedFileDoesNotOpen() {
        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file("tif-rgb-deflate-300x200-tile64-pyramid-truncated.tif")))
                .isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void badTileOffsetsFailThoseTilesOnly() {
        String name = "tif-rgb-deflate-300x200-tile64-pyramid-bad-offsets.tif";
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(name))) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("offset");
            assertThatThrownBy(() -> source.readTile(0, 1, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("end of the file");
            assertThatThrownBy(() -> source.readTile(0, 2, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("empty");
            Raster intact = source.readTile(0, 3, 0);
            Raster expected = Fixtures.expected(name);
            assertThat(intact.bytes())
                    .isEqualTo(Fixtures.crop(expected, source.info().levels().get(0).tileRect(3, 0)).bytes());
            assertThat(source.readTile(1, 0, 0).width()).isEqualTo(64);
        }
    }

    @Test
    void aDirectoryBeyondTheEndFails() {
        Path file = new TestTiff().firstIfd(1 << 20).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("beyond the end");
    }

    @Test
    void aDirectoryChainThatLoopsEnds() {
        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(new TestTiff().loop().write(dir)))) {
            assertThat(source.info().levels()).hasSize(2);
            assertThat(source.readTile(0, 1, 1).bytes()).containsOnly((byte) 40);
        }
    }

    @Test
    void absurdTileSizesFailBeforeAllocating() {
        Path file = new TestTiff().set(Tag.TILE_WIDTH, LONG, 65536).set(Tag.TILE_LENGTH, LONG, 65536)
                .set(Tag.IMAGE_WIDTH, LONG, 65536).set(Tag.IMAGE_LENGTH, LONG, 65536).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("tile size");
    }

    @Test
    void absurdImageSizesFail() {
        Path file = new TestTiff().set(Tag.IMAGE_WIDTH, LONG, 0xffffffffL).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("image size");
    }

    @Test
    void aTileIndexOfTheWrongLengthFails() {
        Path file = new TestTiff().set(Tag.TILE_OFFSETS, LONG, 8, 264, 520)
                .set(Tag.TILE_BYTE_COUNTS, LONG, 256, 256, 256).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("wrong length");
    }

    @Test
    void aTileIndexLongerThanTheFileFailsBeforeAllocating() throws IOException {
        Path file = new TestTiff().set(Tag.IMAGE_WIDTH, LONG, 1 << 20).set(Tag.IMAGE_LENGTH, LONG, 1 << 18)
                .write(dir);
        byte[] bytes = Files.readAllBytes(file);
        // the index now claims the 2^30 entries such an image has: 4 GB, far beyond the end of the file
        patchCount(bytes, Tag.TILE_OFFSETS, 1L << 30);
        Files.write(file, bytes);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("longer than the file");
    }

    @Test
    void aShortUncompressedTileFails() {
        Path file = new TestTiff().tiles(new byte[256], new byte[256], new byte[256], new byte[100]).write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.readTile(0, 0, 0).bytes()).hasSize(256);
            assertThatThrownBy(() -> source.readTile(0, 1, 1)).isInstanceOf(DecodeFailureException.class);
        }
    }

    @Test
    void aJpegFrameLargerThanTheTileIsRefusedBeforeDecoding() {
        byte[] huge = {
            (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 11, 8, (byte) 0xea, 0x60, (byte) 0xea, 0x60, 1, 1,
            0x11, 0, (byte) 0xff, (byte) 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0, (byte) 0xff, (byte) 0xd9
        };
        Path file = new TestTiff().set(Tag.COMPRESSION, SHORT, Tag.COMPRESSION_JPEG).tiles(huge, huge, huge, huge)
                .write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("does not fit");
        }
    }

    @Test
    void garbledCompressedTilesFail() {
        // no JPEG start marker, no zlib header, an LZW code beyond the table, too few PackBits runs
        byte[] garbage = new byte[20];
        Arrays.fill(garbage, (byte) 0xff);
        for (int compression : new int[] {Tag.COMPRESSION_JPEG, Tag.COMPRESSION_ADOBE_DEFLATE, Tag.COMPRESSION_LZW,
            Tag.COMPRESSION_PACKBITS}) {
            Path file = new TestTiff().set(Tag.COMPRESSION, SHORT, compression)
                    .tiles(garbage, garbage, garbage, garbage).write(dir);
            try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
                assertThatThrownBy(() -> source.readTile(0, 0, 0)).as("compression %d", compression)
                        .isInstanceOf(DecodeFailureException.class);
            }
        }
    }

    @Test
    void otherFilesAreNotTiff() throws IOException {
        Path gif = Files.write(dir.resolve("a.gif"), "GIF89a and more bytes".getBytes());
        Path tiny = Files.write(dir.resolve("b.tif"), new byte[] {'I', 'I', 42});

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(gif))).isInstanceOf(UnsupportedFormatException.class);
        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(tiny))).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void absurdSamplesPerPixelFail() {
        Path file = new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 60000).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("samples per pixel");
    }

    @Test
    void manySamplesPerTileFailBeforeAllocating() {
        Path file = new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 1000).set(Tag.TILE_WIDTH, LONG, 4096)
                .set(Tag.TILE_LENGTH, LONG, 4096).write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("tile size");
    }

    @Test
    void aHugeTagCountFailsBeforeAllocating() throws IOException {
        Path file = new TestTiff().write(dir);
        byte[] bytes = Files.readAllBytes(file);
        patchCount(bytes, Tag.BITS_PER_SAMPLE, 0x7fffffffL);
        Files.write(file, bytes);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void subIfdsThatPointNowhereAreLeftOut() {
        Path file = new TestTiff().set(Tag.SUB_IFDS, LONG, 1 << 24, 0).write(dir);

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
            assertThat(source.readTile(0, 0, 0).bytes()).containsOnly((byte) 10);
        }
    }

    @Test
    void zeroStripRowsFail() {
        Path file = new TestTiff().remove(Tag.TILE_WIDTH).remove(Tag.TILE_LENGTH).set(Tag.ROWS_PER_STRIP, SHORT, 0)
                .write(dir);

        assertThatThrownBy(() -> Fixtures.open(decoder, Fixtures.file(file))).isInstanceOf(DecodeFailureException.class)
                .hasMessageContaining("rows per strip");
    }

    @Test
    void garbledWebpAndZstdTilesFail() {
        byte[] garbage = new byte[40];
        Arrays.fill(garbage, (byte) 0x5a);
        // a WebP header whose lossless stream claims 16384 x 16384 pixels
        byte[] huge = {'R', 'I', 'F', 'F', 30, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 10, 0, 0, 0, 0x2f,
            (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0, 0, 0, 0, 0};
        for (byte[] tile : new byte[][] {garbage, huge}) {
            for (int compression : new int[] {Tag.COMPRESSION_WEBP, Tag.COMPRESSION_ZSTD}) {
                Path file = new TestTiff().set(Tag.SAMPLES_PER_PIXEL, SHORT, 3).set(Tag.BITS_PER_SAMPLE, SHORT, 8, 8, 8)
                        .set(Tag.PHOTOMETRIC, SHORT, Tag.PHOTOMETRIC_RGB).set(Tag.COMPRESSION, SHORT, compression)
                        .tiles(tile, tile, tile, tile).write(dir);
                try (ImageSource source = Fixtures.open(decoder, Fixtures.file(file))) {
                    assertThatThrownBy(() -> source.readTile(0, 0, 0)).as("compression %d", compression)
                            .isInstanceOf(DecodeFailureException.class);
                }
            }
        }
    }

    @Test
    void aTruncatedStackKeepsItsReadablePages() throws IOException {
        Path stack = Fixtures.path("tif-rgb-lzw-stack3-128x96-tile32.tif");
        byte[] bytes = Files.readAllBytes(stack);
        // the last page's directory lies at the end: cut there, the chain ends early
        Path cut = Files.write(dir.resolve("cut.tif"), Arrays.copyOf(bytes, bytes.length - 40));

        try (ImageSource source = Fixtures.open(decoder, Fixtures.file(cut))) {
            assertThat(source.info().horizontalViews()).isEqualTo(2);
            assertThat(source.view(1, 0).readTile(0, 0, 0).width()).isEqualTo(32);
        }
    }

    /** Rewrites the value count of a tag in a file written by {@link TestTiff}. */
    private static void patchCount(byte[] tiff, int tag, long count) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tiff).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        for (int i = 0; i < b.getShort(ifd); i++) {
            int entry = ifd + 2 + 12 * i;
            if ((b.getShort(entry) & 0xffff) == tag) {
                b.putInt(entry + 4, (int) count);
            }
        }
    }
}
