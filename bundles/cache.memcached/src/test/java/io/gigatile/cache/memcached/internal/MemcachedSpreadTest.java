/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static io.gigatile.cache.memcached.internal.Fixtures.image;
import static io.gigatile.cache.memcached.internal.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.testing.MutableClock;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several servers share the entries by consistent hashing. */
class MemcachedSpreadTest {
    private MemcachedServer first;
    private MemcachedServer second;
    private MemcachedCache cache;

    @BeforeEach
    void startServers() throws IOException {
        first = MemcachedServer.start();
        second = MemcachedServer.start();
    }

    @AfterEach
    void stop() {
        if (cache != null) {
            cache.deactivate();
        }
        first.close();
        second.close();
    }

    @Test
    void entriesAreSpreadOverTheServersEachKeyOnOne() throws IOException {
        cache = new MemcachedCache(settings(List.of(first, second), 86400, 10, 1 << 20), new MutableClock());
        int count = 200;
        for (int i = 0; i < count; i++) {
            cache.put(image("tile-" + i, 100));
        }
        for (int i = 0; i < count; i++) {
            String key = "tile-" + i;
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (cache.get(key).isEmpty() && System.nanoTime() < deadline) {
                // the stores are queued; the first lookups may overtake them
            }
            assertThat(first.holds(CacheKeys.of(key)) ^ second.holds(CacheKeys.of(key))).as(key).isTrue();
        }

        assertThat(first.items() + second.items()).isEqualTo(count);
        // ketama spreads 200 keys over two servers roughly evenly; 25 % each is far below what it gives
        assertThat(first.items()).isGreaterThan(count / 4);
        assertThat(second.items()).isGreaterThan(count / 4);
    }

    @Test
    void anInstanceListingTheServersInAnotherOrderFindsTheSameEntries() throws IOException {
        cache = new MemcachedCache(settings(List.of(first, second), 86400, 10, 1 << 20), new MutableClock());
        MemcachedCache other = new MemcachedCache(settings(List.of(second, first), 86400, 10, 1 << 20),
                new MutableClock());
        try {
            for (int i = 0; i < 50; i++) {
                cache.put(image("shared-" + i, 100));
            }
            for (int i = 0; i < 50; i++) {
                String key = "shared-" + i;
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (other.get(key).isEmpty() && System.nanoTime() < deadline) {
                    // queued stores
                }
                assertThat(other.get(key)).as(key).isPresent();
            }
        } finally {
            other.deactivate();
        }
    }
}
