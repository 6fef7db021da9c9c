/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import io.gigatile.api.RenderedImage;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Images, clocks and configurations for the tests. */
final class Images {

    private Images() {
    }

    /**
     * @param key the cache key
     * @param bytes the encoded size
     * @return an image whose bytes are all the key's first character, so that a mix-up shows
     */
    static RenderedImage image(String key, int bytes) {
        byte[] data = new byte[bytes];
        Arrays.fill(data, (byte) key.charAt(0));
        return new RenderedImage(data, "image/jpeg", Instant.parse("2026-01-01T00:00:00Z"), "v1", key);
    }

    /**
     * @param maxBytes the bound
     * @param maxEntryBytes the largest image
     * @param segments lock stripes
     * @return a cache whose clock ticks once per use, so that the order of uses is exact
     */
    static MemoryCache cache(long maxBytes, long maxEntryBytes, int segments) {
        AtomicLong ticks = new AtomicLong();
        return new MemoryCache(new CacheLimits(maxBytes, maxEntryBytes), segments, ticks::incrementAndGet);
    }

    /**
     * @param maxSize megabytes
     * @param maxEntrySize kilobytes
     * @return a configuration as Configuration Admin would give it
     */
    static MemoryCacheConfig config(int maxSize, int maxEntrySize) {
        return new MemoryCacheConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MemoryCacheConfig.class;
            }

            @Override
            public int maxSize() {
                return maxSize;
            }

            @Override
            public int maxEntrySize() {
                return maxEntrySize;
            }
        };
    }
}
