/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RemoteImageStore} caches. Immutable.
 *
 * @param blockSize bytes per cached block, between 1 and 16 MiB; reads are aligned to it, so a read costs at least
 *        one block
 * @param cacheSize bytes of blocks kept for the whole store, least recently used leaving first; 0 keeps none
 *        (every read asks the storage)
 * @param metadataTtl how long an object's metadata (or its absence) is believed; zero asks on every resolve
 * @param headerPrefetch bytes fetched from the start of an object in one request when it is opened, because
 *        TIFF and JPEG 2000 decoders read the header first; 0 fetches nothing
 * @since 1.0
 */
public record RemoteSettings(int blockSize, long cacheSize, Duration metadataTtl, int headerPrefetch) {

    /** The largest block size allowed. */
    public static final int MAX_BLOCK_SIZE = 16 << 20;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if one is out of range
     */
    public RemoteSettings {
        Objects.requireNonNull(metadataTtl, "metadataTtl");
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("blockSize must be between 1 and " + MAX_BLOCK_SIZE);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative");
        }
        if (metadataTtl.isNegative()) {
            throw new IllegalArgumentException("metadataTtl must not be negative");
        }
        if (headerPrefetch < 0) {
            throw new IllegalArgumentException("headerPrefetch must not be negative");
        }
    }

    /** @return 64 KiB blocks, a 64 MiB cache, metadata believed for 5 seconds, a 64 KiB header prefetch */
    public static RemoteSettings defaults() {
        return new RemoteSettings(64 << 10, 64L << 20, Duration.ofSeconds(5), 64 << 10);
    }
}
