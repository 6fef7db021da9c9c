/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** The decompressors on hand-made streams; the fixtures test them on what libtiff writes. */
class DecompressorTest {

    @Test
    void packBitsDecodesAppleExample() {
        byte[] packed = bytes(0xfe, 0xaa, 0x02, 0x80, 0x00, 0x2a, 0xfd, 0xaa, 0x03, 0x80, 0x00, 0x2a, 0x22, 0xf7,
                0xaa);
        byte[] expected = bytes(0xaa, 0xaa, 0xaa, 0x80, 0x00, 0x2a, 0xaa, 0xaa, 0xaa, 0xaa, 0x80, 0x00, 0x2a, 0x22,
                0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa);

        assertThat(new PackBitsDecompressor().decompress(packed, 24)).isEqualTo(expected);
        assertThatThrownBy(() -> new PackBitsDecompressor().decompress(packed, 30))
                .isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void lzwDecodesACodeNotYetInTheTable() {
        // "a", then code 258 before it is defined: it must mean "aa"; then "b", and the end
        byte[] stream = codes9(256, 'a', 258, 'b', 257);

        assertThat(new LzwDecompressor().decompress(stream, 4)).isEqualTo("aaab".getBytes());
    }

    @Test
    void lzwRefusesCodesBeyondTheTableAndShortData() {
        assertThatThrownBy(() -> new LzwDecompressor().decompress(codes9(256, 'a', 300, 257), 4))
                .isInstanceOf(DecodeFailureException.class);
        assertThatThrownBy(() -> new LzwDecompressor().decompress(codes9(256, 'a', 257), 4))
                .isInstanceOf(DecodeFailureException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> new LzwDecompressor().decompress(bytes(0x00, 0x01, 0x02), 4))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void deflateDecodesAndRefusesTruncatedData() {
        byte[] plain = new byte[5000];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) (i * 7 % 251);
        }
        Deflater deflater = new Deflater();
        deflater.setInput(plain);
        deflater.finish();
        byte[] packed = new byte[10000];
        int length = deflater.deflate(packed);
        deflater.end();

        assertThat(new DeflateDecompressor().decompress(Arrays.copyOf(packed, length), 5000)).isEqualTo(plain);
        assertThatThrownBy(() -> new DeflateDecompressor().decompress(Arrays.copyOf(packed, length / 2), 5000))
                .isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void uncompressedTilesMayBeLongerButNotShorter() {
        Decompressor none = Decompressor.of(Tag.COMPRESSION_NONE);

        assertThat(none.decompress(bytes(1, 2, 3, 4), 3)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> none.decompress(bytes(1, 2), 3)).isInstanceOf(DecodeFailureException.class);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Packs 9-bit codes, most significant bit first, as TIFF LZW does. */
    private static byte[] codes9(int... codes) {
        byte[] out = new byte[(codes.length * 9 + 7) / 8];
        int bit = 0;
        for (int code : codes) {
            for (int i = 8; i >= 0; i--, bit++) {
                if ((code >> i & 1) != 0) {
                    out[bit / 8] |= (byte) (0x80 >> bit % 8);
                }
            }
        }
        return out;
    }
}
