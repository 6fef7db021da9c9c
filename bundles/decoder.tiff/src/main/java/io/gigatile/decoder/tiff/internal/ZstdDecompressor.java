/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Zstandard tiles (TIFF compression 50000), decoded by aircompressor's pure Java decoder, which this bundle
 * embeds. That decoder reads memory through {@code sun.misc.Unsafe}; where the runtime does not offer it,
 * {@link #probe()} finds out once and Zstandard tiles are refused instead.
 */
final class ZstdDecompressor implements Decompressor {
    /** "gigatile", compressed by the zstd tool. */
    private static final byte[] PROBE = {
        0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x04, 0x58, 0x41, 0x00, 0x00, 0x67, 0x69, 0x67, 0x61, 0x74, 0x69,
        0x6c, 0x65, (byte) 0x88, (byte) 0xd8, (byte) 0xd9, 0x30
    };

    @Override
    public byte[] decompress(byte[] stored, int length) {
        byte[] out = new byte[length];
        int done;
        try {
            // a decoder holds per-frame state, so each tile has its own
            done = new io.airlift.compress.zstd.ZstdDecompressor().decompress(stored, 0, stored.length, out, 0,
                    length);
        } catch (RuntimeException e) {
            throw new DecodeFailureException("a Zstandard TIFF tile is corrupt", e);
        }
        if (done < length) {
            throw new DecodeFailureException("a Zstandard TIFF tile is truncated");
        }
        return out;
    }

    /** @return the decompressor when it works in this runtime, else null */
    static Decompressor probe() {
        try {
            ZstdDecompressor zstd = new ZstdDecompressor();
            byte[] text = zstd.decompress(PROBE, 8);
            return Arrays.equals(text, "gigatile".getBytes(StandardCharsets.US_ASCII)) ? zstd : null;
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }
}
