/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;

/** Turns one stored tile of a level into samples. Safe for concurrent use. */
interface TileCodec {

    /**
     * @param stored the tile's bytes as stored
     * @param width the columns wanted from the tile's left edge (less than a full tile at the image's edge)
     * @param height the rows wanted from the tile's top edge
     * @return {@code width * height * bands} samples, 8 bits each, interleaved, row by row, as stored (no
     *         photometric inversion)
     * @throws DecodeFailureException if the tile is corrupt
     */
    byte[] decode(byte[] stored, int width, int height);
}
