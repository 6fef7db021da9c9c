/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import java.util.function.Supplier;

/**
 * The tile index of one image, built on the first read rather than at open: describing an image (info requests)
 * then costs no walk through its tile-parts. A walk that found the file corrupt is not repeated; one that failed
 * for the storage (unavailable) is tried again by the next read.
 */
public final class LazyIndex implements Supplier<CodestreamIndex> {
    private final ByteSource bytes;
    private final Jp2Header header;
    private final int tiles;
    private CodestreamIndex index;
    private DecodeFailureException corrupt;

    /**
     * @param bytes the file
     * @param header what the file says about itself
     * @param tiles the number of tiles the main header declares
     */
    public LazyIndex(ByteSource bytes, Jp2Header header, int tiles) {
        this.bytes = bytes;
        this.header = header;
        this.tiles = tiles;
    }

    @Override
    public synchronized CodestreamIndex get() {
        if (corrupt != null) {
            throw corrupt;
        }
        if (index == null) {
            try {
                index = CodestreamIndex.read(bytes, header, tiles);
            } catch (DecodeFailureException e) {
                corrupt = e;
                throw e;
            }
        }
        return index;
    }
}
