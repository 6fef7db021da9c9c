/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's configuration in bytes.
 *
 * @param maxBytes the bytes all entries may be counted for; 0 keeps nothing
 * @param maxEntryBytes the largest encoded image kept
 */
record CacheLimits(long maxBytes, long maxEntryBytes) {
    /** iipsrv's MAX_IMAGE_CACHE_SIZE default, in megabytes. */
    static final int DEFAULT_MAX_SIZE = 10;
    /** In kilobytes. */
    static final int DEFAULT_MAX_ENTRY_SIZE = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CacheLimits.class);

    CacheLimits {
        if (maxBytes < 0 || maxEntryBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /**
     * Reads a configuration; a negative size (a typo in an operator's file) keeps nothing, with a warning, rather
     * than stopping the cache.
     *
     * @param config the component configuration
     * @return the limits
     */
    static CacheLimits of(MemoryCacheConfig config) {
        return new CacheLimits(1024L * 1024 * atLeastZero("maxSize", config.maxSize()),
                1024L * atLeastZero("maxEntrySize", config.maxEntrySize()));
    }

    private static int atLeastZero(String name, int value) {
        if (value < 0) {
            LOG.warn("{} {} is negative; using 0", name, value);
            return 0;
        }
        return value;
    }
}
