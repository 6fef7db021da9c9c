/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.UnsupportedFormatException;

/** Undoes one TIFF compression scheme for one tile. Stateless, so one instance serves every thread. */
interface Decompressor {

    /**
     * @param stored the tile's bytes as stored in the file
     * @param length the decoded length: a full tile's samples
     * @return exactly {@code length} bytes
     * @throws DecodeFailureException if the data is corrupt or holds fewer bytes
     */
    byte[] decompress(byte[] stored, int length);

    /**
     * @param compression the TIFF Compression value of a scheme that decodes to bytes (not JPEG)
     * @return its decompressor
     * @throws UnsupportedFormatException for schemes this decoder does not read
     */
    static Decompressor of(int compression) {
        return switch (compression) {
            case Tag.COMPRESSION_NONE -> Decompressor::uncompressed;
            case Tag.COMPRESSION_LZW -> new LzwDecompressor();
            case Tag.COMPRESSION_ADOBE_DEFLATE, Tag.COMPRESSION_DEFLATE -> new DeflateDecompressor();
            case Tag.COMPRESSION_PACKBITS -> new PackBitsDecompressor();
            default -> throw new UnsupportedFormatException("TIFF compression " + compression + " is not supported");
        };
    }

    private static byte[] uncompressed(byte[] stored, int length) {
        if (stored.length < length) {
            throw new DecodeFailureException("an uncompressed TIFF tile is too short");
        }
        return stored.length == length ? stored : java.util.Arrays.copyOf(stored, length);
    }
}
