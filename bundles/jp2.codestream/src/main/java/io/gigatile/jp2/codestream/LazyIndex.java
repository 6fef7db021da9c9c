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
    /** Immutable once built: every read of the image takes it without the lock. */
    private volatile CodestreamIndex index;
    private DecodeFailureException corrupt;

    /**
     * @param bytes the file
     * @param header what the file says about itself
     */
    public LazyIndex(ByteSource bytes, Jp2Header header) {
        this.bytes = bytes;
        this.header = header;
    }

    @Override
    public CodestreamIndex get() {
        CodestreamIndex built = index;
        return built != null ? built : build();
    }

    private synchronized CodestreamIndex build() {
        if (corrupt != null) {
            throw corrupt;
        }
        if (index == null) {
            try {
                index = CodestreamIndex.read(bytes, header);
            } catch (DecodeFailureException e) {
                corrupt = e;
                throw e;
            }
        }
        return index;
    }
}
