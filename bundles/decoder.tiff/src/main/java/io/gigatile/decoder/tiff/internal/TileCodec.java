/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Rect;
import io.gigatile.api.UnsupportedFormatException;

/** Turns one stored block (a tile, a strip, or one plane of either) into samples. Safe for concurrent use. */
interface TileCodec {

    /**
     * @param stored the block's bytes as stored
     * @param rows the rows the block holds: the tile height, or fewer in the last strip
     * @param crop the pixels wanted, relative to the block's top-left corner
     * @return the wanted pixels' samples, interleaved, row by row, unpacked one per array element, as stored
     *         (no photometric conversion)
     * @throws DecodeFailureException if the block is corrupt
     * @throws UnsupportedFormatException if its compression cannot be decoded here
     */
    Object decode(byte[] stored, int rows, Rect crop);

    /**
     * @param message why
     * @return a codec that answers every decode with {@link UnsupportedFormatException}: the image still opens
     *         and describes itself, only its pixels are refused
     */
    static TileCodec refusing(String message) {
        return (stored, rows, crop) -> {
            throw new UnsupportedFormatException(message);
        };
    }
}
