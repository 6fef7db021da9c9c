/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.testing.LocalImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tile index and the codestream a decode of some tiles reads, on opj_compress's 640x480 fixture: 3 x 2 tiles
 * of 256, one tile-part each, no TLM.
 */
class CodestreamPiecesTest {
    private static final Path RGB = Jp2HeaderTest.fixture("jp2-rgb-640x480-tile256-r5-l3.jp2");

    @Test
    void theIndexFindsEveryTilePartInOrder() throws IOException {
        byte[] file = Files.readAllBytes(RGB);
        try (ByteSource bytes = LocalImages.bytes(RGB)) {
            Jp2Header header = Jp2Header.read(bytes);
            CodestreamIndex index = CodestreamIndex.read(bytes, header);

            long previousEnd = index.mainHeader().length;
            for (int tile = 0; tile < 6; tile++) {
                long[] parts = index.parts(tile);
                assertThat(parts).as("tile %d", tile).hasSize(2);
                assertThat(parts[0]).as("tile %d follows the previous one", tile).isEqualTo(previousEnd);
                int sot = (int) (header.codestreamOffset() + parts[0]);
                assertThat(file[sot] & 0xFF).isEqualTo(0xFF);
                assertThat(file[sot + 1] & 0xFF).isEqualTo(0x90);
                assertThat((file[sot + 4] & 0xFF) << 8 | file[sot + 5] & 0xFF).as("Isot").isEqualTo(tile);
                previousEnd = parts[0] + parts[1];
            }
            assertThat(previousEnd + 2).as("then EOC").isEqualTo(header.codestreamLength());
        }
    }

    @Test
    void someTilesAreTheMainHeaderTheirPartsInCodestreamOrderAndEoc() throws IOException {
        byte[] file = Files.readAllBytes(RGB);
        try (ByteSource bytes = LocalImages.bytes(RGB)) {
            Jp2Header header = Jp2Header.read(bytes);
            CodestreamIndex index = CodestreamIndex.read(bytes, header);

            CodestreamPieces pieces = CodestreamPieces.ofTiles(header, index, 4, 1);

            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes(index.mainHeader());
            for (int tile : new int[] {1, 4}) {
                long[] part = index.parts(tile);
                expected.write(file, (int) (header.codestreamOffset() + part[0]), (int) part[1]);
            }
            expected.write(0xFF);
            expected.write(0xD9);
            assertThat(pieces.length()).isEqualTo(expected.size());
            assertThat(readAll(pieces, bytes, 1000)).isEqualTo(expected.toByteArray());
            assertThat(readAll(pieces, bytes, 7)).as("in small reads").isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void aReadStopsAtTheEndOfItsPiece() {
        try (ByteSource bytes = LocalImages.bytes(RGB)) {
            Jp2Header header = Jp2Header.read(bytes);
            CodestreamIndex index = CodestreamIndex.read(bytes, header);
            CodestreamPieces pieces = CodestreamPieces.ofTiles(header, index, 0);
            int main = index.mainHeader().length;

            ByteBuffer buffer = ByteBuffer.allocate(100);
            assertThat(pieces.read(bytes, main - 10, buffer)).isEqualTo(10);
            assertThat(buffer.position()).isEqualTo(10);
            assertThat(pieces.read(bytes, main, buffer)).isEqualTo(90);
            assertThat(buffer.get(10) & 0xFF).as("SOT").isEqualTo(0xFF);
            assertThat(buffer.get(11) & 0xFF).isEqualTo(0x90);
            assertThatThrownBy(() -> pieces.read(bytes, pieces.length(), ByteBuffer.allocate(1)))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void aWholeCodestreamIsTheFilesWindow() throws IOException {
        byte[] file = Files.readAllBytes(RGB);
        try (ByteSource bytes = LocalImages.bytes(RGB)) {
            Jp2Header header = Jp2Header.read(bytes);
            CodestreamPieces whole = CodestreamPieces.whole(header);

            byte[] read = readAll(whole, bytes, 4096);
            assertThat(read).hasSize((int) header.codestreamLength());
            assertThat(read[0] & 0xFF).isEqualTo(0xFF);
            assertThat(read[1] & 0xFF).as("SOC").isEqualTo(0x4F);
            assertThat(file[(int) header.codestreamOffset() + read.length - 1] & 0xFF).isEqualTo(0xD9);
        }
    }

    /** A bare codestream cut in the middle: the tiles before the cut are found, the later ones fail alone. */
    @Test
    void aTruncatedCodestreamLacksItsLastTiles(@TempDir Path folder) throws IOException {
        byte[] file = Files.readAllBytes(RGB);
        Path truncated = folder.resolve("truncated.j2k");
        try (ByteSource bytes = LocalImages.bytes(RGB)) {
            Jp2Header header = Jp2Header.read(bytes);
            int start = (int) header.codestreamOffset();
            Files.write(truncated, Arrays.copyOfRange(file, start, start + (int) header.codestreamLength() / 2));
        }
        try (ByteSource bytes = LocalImages.bytes(truncated)) {
            Jp2Header header = Jp2Header.read(bytes);
            CodestreamIndex index = CodestreamIndex.read(bytes, header);

            assertThat(CodestreamPieces.ofTiles(header, index, 0).length()).isPositive();
            assertThatThrownBy(() -> CodestreamPieces.ofTiles(header, index, 0, 5))
                    .isInstanceOf(DecodeFailureException.class).hasMessageContaining("truncated");
        }
    }

    private static byte[] readAll(CodestreamPieces pieces, ByteSource bytes, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long position = 0;
        while (position < pieces.length()) {
            ByteBuffer buffer = ByteBuffer.allocate(chunk);
            int count = pieces.read(bytes, position, buffer);
            out.write(buffer.array(), 0, count);
            position += count;
        }
        return out.toByteArray();
    }
}
