/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Rect;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.testing.ClosingSource;
import io.gigatile.api.testing.LocalImages;
import io.gigatile.jp2.codestream.CodestreamIndex;
import io.gigatile.jp2.codestream.Jp2Header;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken files fail alone, quickly, with short messages; storage failures pass through untouched. */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class BrokenFilesTest {
    private final Jpeg2000Decoder decoder = Fixtures.decoder();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.TRUNCATED, Fixtures.LYING_SIZ, Fixtures.BAD_BOX})
    void aBrokenFixtureIsADecodeFailureAndTheDecoderGoesOn(String name) {
        assertThatThrownBy(() -> readEveryTile(Fixtures.path(name)))
                .isInstanceOf(DecodeFailureException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("/", "fixtures", "\n"));

        try (ImageSource good = Fixtures.open(decoder, Fixtures.RGB_TILED)) {
            assertThat(good.readTile(0, 0, 0, ImageSource.ALL_LAYERS).bytes()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.RGB_TILED), new Rect(0, 0, 256, 256)));
        }
    }

    @Test
    void aCodestreamCutShortServesTheTilesItHolds() throws IOException {
        byte[] codestream = codestream(Fixtures.RGB_TILED);
        Path cut = write("cut.j2k", Arrays.copyOf(codestream, codestream.length * 6 / 10));

        try (ImageSource source = open(cut)) {
            assertThat(source.readTile(0, 0, 0, ImageSource.ALL_LAYERS).bytes()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.RGB_TILED), new Rect(0, 0, 256, 256)));
            assertThatThrownBy(() -> source.readTile(0, 2, 1)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("truncated");
        }
    }

    @Test
    void aSizeThatLiesIsRefusedWhereItWouldNeedTooMuchMemory() throws IOException {
        // one tile of 20000 x 20000 pixels, as SIZ says; the codestream's data is that of 640 x 480
        byte[] codestream = codestream(Fixtures.RGB_UNTILED);
        ByteBuffer siz = ByteBuffer.wrap(codestream, 2 + 2 + 2 + 2, 24);
        siz.putInt(20_000).putInt(20_000).putInt(0).putInt(0).putInt(20_000).putInt(20_000);
        Path lying = write("lying.j2k", codestream);

        try (ImageSource source = open(lying)) {
            assertThat(source.info().width()).isEqualTo(20_000);
            assertThatThrownBy(() -> source.readTile(0, 10, 10)).isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("Mpixel");
            // the smallest resolution is small enough to decode: whatever jj2000 makes of the data, no Error
            int smallest = 3;
            Throwable failure = catchThrowable(() -> source.readTile(smallest, 0, 0));
            assertThat(failure).satisfiesAnyOf(e -> assertThat(e).isNull(),
                    e -> assertThat(e).isInstanceOf(DecodeFailureException.class));
        }
    }

    @Test
    void garbageInATileFailsThatTileCleanly() throws IOException {
        byte[] codestream = codestream(Fixtures.RGB_TILED);
        MemoryBytes bytes = new MemoryBytes(codestream);
        Jp2Header header = Jp2Header.read(bytes);
        long[] tile = CodestreamIndex.read(bytes, header).parts(4);
        byte[] garbage = new byte[(int) tile[1] - 200];
        new Random(42).nextBytes(garbage);
        System.arraycopy(garbage, 0, codestream, (int) tile[0] + 100, garbage.length);
        Path broken = write("garbage.j2k", codestream);

        try (ImageSource source = open(broken)) {
            for (int level = 0; level < source.info().levels().size(); level++) {
                int l = level;
                Throwable failure = catchThrowable(() -> source.readRegion(l, whole(source.info().levels().get(l))));
                assertThat(failure).as("level %d", l).satisfiesAnyOf(e -> assertThat(e).isNull(),
                        e -> assertThat(e).isInstanceOf(DecodeFailureException.class));
            }
            // the tiles around it are intact
            assertThat(source.readTile(0, 0, 0, ImageSource.ALL_LAYERS).bytes()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.RGB_TILED), new Rect(0, 0, 256, 256)));
        }
    }

    @Test
    void twoFfBytesInAPacketHeaderFailThatTileInsteadOfSpinning() throws IOException {
        // found by Jpeg2000DecoderFuzzTest: jj2000 reads 0xFF 0xFF in a packet header as ones without end
        byte[] codestream = codestream(Fixtures.RGB_TILED);
        MemoryBytes bytes = new MemoryBytes(codestream);
        long[] tile = CodestreamIndex.read(bytes, Jp2Header.read(bytes)).parts(0);
        int data = indexOf(codestream, (int) tile[0], (byte) 0xff, (byte) 0x93) + 2;
        codestream[data] = (byte) 0xff;
        codestream[data + 1] = (byte) 0xff;
        Path broken = write("ffff.j2k", codestream);

        try (ImageSource source = open(broken)) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("0xFF 0xFF");
            assertThat(source.readTile(0, 1, 1, ImageSource.ALL_LAYERS).bytes()).isEqualTo(
                    Fixtures.crop(Fixtures.expected(Fixtures.RGB_TILED), new Rect(256, 256, 256, 224)));
        }
    }

    @Test
    void packedPacketHeadersThatRunOutFailThatTileInsteadOfSpinning() throws IOException {
        // found by Jpeg2000DecoderFuzzTest: a comment (COM) turned into packed packet headers (PPM), which run out
        // before the tile's packets do; jj2000 reads the end of its in-memory stream as ones without end
        byte[] file;
        try (InputStream in = BrokenFilesTest.class.getResourceAsStream(
                "Jpeg2000DecoderFuzzTestInputs/anyBytesAreAnImageOrACorruptFile/jp2-rgb-lossless-40x24-tile16.jp2")) {
            file = in.readAllBytes();
        }
        int com = indexOf(file, 0, (byte) 0xff, (byte) 0x64);
        file[com + 1] = 0x60;
        Path broken = write("ppm.jp2", file);

        try (ImageSource source = open(broken)) {
            assertThatThrownBy(() -> source.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class)
                    .hasMessageContaining("packed packet headers");
        }
    }

    @Test
    void storageFailuresPassThroughUntouched() throws IOException {
        MemoryBytes bytes = new MemoryBytes(Files.readAllBytes(Fixtures.path(Fixtures.RGB_TILED)));
        SourceUnavailableException down = new SourceUnavailableException("storage down", null);
        try (ImageSource source = decoder.open(Fixtures.file(Fixtures.RGB_TILED), bytes)) {
            source.readTile(0, 0, 0);
            bytes.failWith(down);

            assertThat(catchThrowable(() -> source.readTile(0, 1, 1))).isSameAs(down);
            assertThat(catchThrowable(() -> source.readTile(4, 0, 0))).isSameAs(down);
            assertThat(catchThrowable(() -> decoder.open(Fixtures.file(Fixtures.RGB_TILED), bytes))).isSameAs(down);

            bytes.failWith(null);
            assertThat(source.readTile(0, 1, 1).bytes()).isNotEmpty();
        }
    }

    @Test
    void theFirstReadOfAnImageWhoseStorageFailsIsTriedAgain() throws IOException {
        MemoryBytes bytes = new MemoryBytes(Files.readAllBytes(Fixtures.path(Fixtures.RGB_TILED)));
        SourceUnavailableException down = new SourceUnavailableException("storage down", null);
        try (ImageSource source = decoder.open(Fixtures.file(Fixtures.RGB_TILED), bytes)) {
            bytes.failWith(down);
            assertThat(catchThrowable(() -> source.readTile(0, 0, 0))).isSameAs(down);

            bytes.failWith(null);
            assertThat(source.readTile(0, 0, 0).bytes()).isNotEmpty();
        }
    }

    private void readEveryTile(Path file) {
        try (ImageSource source = open(file)) {
            for (int l = 0; l < source.info().levels().size(); l++) {
                Level level = source.info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        source.readTile(l, x, y);
                    }
                }
            }
        }
    }

    private ImageSource open(Path file) {
        ByteSource bytes = LocalImages.bytes(file);
        try {
            return new ClosingSource(decoder.open(LocalImages.of(file), bytes), bytes);
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** @return the raw codestream of a JP2 fixture */
    private static byte[] codestream(String name) throws IOException {
        byte[] file = Files.readAllBytes(Fixtures.path(name));
        Jp2Header header = Jp2Header.read(new MemoryBytes(file));
        int start = (int) header.codestreamOffset();
        return Arrays.copyOfRange(file, start, start + (int) header.codestreamLength());
    }

    /** @return where the two bytes first occur from {@code from} on (the start of a tile's packets after SOD) */
    private static int indexOf(byte[] bytes, int from, byte first, byte second) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static Rect whole(Level level) {
        return new Rect(0, 0, level.width(), level.height());
    }
}
