/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.ResponseCache;

/**
 * Makes the memory cache bundle's own cache outside a framework, with a chosen number of lock stripes: its plain
 * constructor is package-private, so this lives in its package (a split package is harmless on a class path).
 */
public final class MemoryCaches {

    private MemoryCaches() {
    }

    /**
     * @param maxBytes the bound
     * @param segments lock stripes, a power of two; 1 is a single access-ordered map behind one lock
     * @return the cache the server uses
     */
    public static ResponseCache of(long maxBytes, int segments) {
        return new MemoryCache(new CacheLimits(maxBytes, maxBytes), segments, System::nanoTime);
    }
}
