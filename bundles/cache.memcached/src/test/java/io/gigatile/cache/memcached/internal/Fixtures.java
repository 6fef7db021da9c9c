/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import io.gigatile.api.RenderedImage;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Images, settings and configurations for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param key the cache key
     * @param bytes the encoded size
     * @return an image whose bytes are all the key's length, so that a mix-up shows
     */
    static RenderedImage image(String key, int bytes) {
        byte[] data = new byte[bytes];
        Arrays.fill(data, (byte) key.length());
        return new RenderedImage(data, "image/jpeg", Instant.parse("2026-01-01T12:34:56.789Z"), "v1", key);
    }

    /**
     * @param servers the servers
     * @param expiry seconds
     * @param retryAfter seconds
     * @param maxEntryBytes the largest entry
     * @return settings with a 100 ms timeout
     */
    static MemcachedSettings settings(List<MemcachedServer> servers, int expiry, int retryAfter, int maxEntryBytes) {
        return new MemcachedSettings(servers.stream().map(MemcachedServer::address).toList(), expiry,
                Duration.ofMillis(MemcachedSettings.DEFAULT_TIMEOUT), Duration.ofSeconds(retryAfter), maxEntryBytes);
    }

    /** @return a configuration as Configuration Admin would give it */
    static MemcachedCacheConfig config(String servers, int expiry, int timeout, int retryAfter, int maxEntrySize) {
        return new MemcachedCacheConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MemcachedCacheConfig.class;
            }

            @Override
            public String servers() {
                return servers;
            }

            @Override
            public int expiry() {
                return expiry;
            }

            @Override
            public int timeout() {
                return timeout;
            }

            @Override
            public int retryAfter() {
                return retryAfter;
            }

            @Override
            public int maxEntrySize() {
                return maxEntrySize;
            }
        };
    }
}
