/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static io.gigatile.cache.memcached.internal.Fixtures.config;
import static io.gigatile.cache.memcached.internal.Fixtures.image;
import static io.gigatile.cache.memcached.internal.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache against one real memcached server. */
class MemcachedCacheTest {
    private MemcachedServer server;
    private MemcachedCache cache;

    @BeforeEach
    void startServer() throws IOException {
        server = MemcachedServer.start();
    }

    @AfterEach
    void stop() {
        if (cache != null) {
            cache.deactivate();
        }
        server.close();
    }

    @Test
    void aStoredImageComesBackEqual() throws IOException {
        cache = new MemcachedCache(config(server.hostAndPort(), 86400, 100, 10, 1024));
        String key = "tiles/päinting 1.tif|JTL|3,17|q90 with spaces and \u00a0 \r\n control characters";
        RenderedImage tile = image(key, 40_000);
        assertThat(cache.get(key)).isEmpty();

        cache.put(tile);

        RenderedImage held = waitForHit(key).orElseThrow();
        assertThat(held.bytes()).isEqualTo(tile.bytes());
        assertThat(held).usingRecursiveComparison().isEqualTo(tile);
        assertThat(server.holds(CacheKeys.of(key))).isTrue();
        assertThat(cache.get(key + "x")).isEmpty();
        assertThat(cache.client().breaker().closed()).isTrue();
    }

    @Test
    void purgingEverythingEmptiesTheServerAndPurgingOneImageKeepsItsVersionedEntries() throws IOException {
        cache = new MemcachedCache(config(server.hostAndPort(), 86400, 100, 10, 1024));
        String key = "a.tif|0,0|full|max";
        cache.put(image(key, 1000));
        waitForHit(key).orElseThrow();

        cache.purge("a.tif");
        assertThat(cache.get(key)).as("memcached cannot find one image's keys").isPresent();

        cache.purgeAll();
        assertThat(server.holds(CacheKeys.of(key))).isFalse();
        assertThat(cache.get(key)).isEmpty();
    }

    @Test
    void anEntryOfAnotherKeyUnderTheSameHashIsAMiss() throws IOException {
        cache = new MemcachedCache(settings(List.of(server), 86400, 10, 1 << 20), new MutableClock());
        RenderedImage other = image("another key", 100);
        // what a SHA-256 collision would leave: another key's image under this key's memcached key
        server.set(CacheKeys.of("this key"), ImageTranscoder.FLAGS,
                new ImageTranscoder(1 << 20).encode(other).getData());

        assertThat(cache.get("this key")).isEmpty();
        assertThat(cache.client().breaker().closed()).isTrue();
    }

    @Test
    void garbageAndOversizedValuesAreMissesNotFailures() throws IOException {
        cache = new MemcachedCache(settings(List.of(server), 86400, 10, 4096), new MutableClock());
        server.set(CacheKeys.of("garbage"), ImageTranscoder.FLAGS, "not an image".getBytes(StandardCharsets.UTF_8));
        server.set(CacheKeys.of("foreign"), 0, new ImageTranscoder(1 << 20).encode(image("foreign", 10)).getData());
        server.set(CacheKeys.of("oversized"), ImageTranscoder.FLAGS,
                new ImageTranscoder(1 << 20).encode(image("oversized", 500_000)).getData());
        byte[] truncated = new ImageTranscoder(1 << 20).encode(image("truncated", 100)).getData();
        server.set(CacheKeys.of("truncated"), ImageTranscoder.FLAGS, Arrays.copyOf(truncated, 60));

        assertThat(cache.get("garbage")).isEmpty();
        assertThat(cache.get("foreign")).isEmpty();
        assertThat(cache.get("oversized")).isEmpty();
        assertThat(cache.get("truncated")).isEmpty();
        assertThat(cache.client().breaker().closed()).isTrue();
    }

    @Test
    void imagesOverTheEntryLimitAreNotStored() throws IOException {
        cache = new MemcachedCache(config(server.hostAndPort(), 86400, 100, 10, 2));
        cache.put(image("small", 1500));
        cache.put(image("large", 2100));

        assertThat(waitForHit("small")).isPresent();
        assertThat(cache.get("large")).isEmpty();
        assertThat(server.holds(CacheKeys.of("large"))).isFalse();
    }

    @Test
    void anImageGrownOverTheLimitTakesItsOlderEntryOut() throws IOException {
        cache = new MemcachedCache(settings(List.of(server), 86400, 10, 4096), new MutableClock());
        cache.put(image("tile", 1000));
        assertThat(waitForHit("tile")).isPresent();

        cache.put(image("tile", 5000));

        assertThat(waitFor("tile", false)).isEmpty();
    }

    @Test
    void entriesExpire() throws IOException, InterruptedException {
        cache = new MemcachedCache(config(server.hostAndPort(), 1, 100, 10, 1024));
        cache.put(image("short-lived", 100));
        assertThat(waitForHit("short-lived")).isPresent();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (cache.get("short-lived").isPresent() && System.nanoTime() < deadline) {
            server.pause(50);
        }

        assertThat(cache.get("short-lived")).isEmpty();
        assertThat(server.holds(CacheKeys.of("short-lived"))).isFalse();
    }

    @Test
    void aNewExpiryKeepsTheClientAndNewServersReplaceIt() throws IOException {
        cache = new MemcachedCache(config(server.hostAndPort(), 86400, 100, 10, 1024));
        CacheClient first = cache.client();

        cache.modified(config(server.hostAndPort(), 60, 100, 10, 512));
        assertThat(cache.client().settings().expiry()).isEqualTo(60);
        assertThat(cache.client().breaker()).isSameAs(first.breaker());

        try (MemcachedServer other = MemcachedServer.start()) {
            cache.modified(config(other.hostAndPort(), 60, 100, 10, 512));
            cache.put(image("moved", 100));
            assertThat(waitForHit("moved")).isPresent();
            assertThat(other.holds(CacheKeys.of("moved"))).isTrue();
            assertThat(server.holds(CacheKeys.of("moved"))).isFalse();
            cache.deactivate();
            cache = null;
        }
    }

    @Test
    void afterDeactivationLookupsAndStoresDoNothingQuietly() throws IOException {
        cache = new MemcachedCache(config(server.hostAndPort(), 86400, 100, 10, 1024));
        cache.deactivate();

        cache.put(image("late", 100));
        assertThat(cache.get("late")).isEmpty();
        assertThat(cache.client().breaker().closed()).isTrue();
        cache = null;
    }

    /** A store is queued, not waited for: the lookup after it may come first. */
    private Optional<RenderedImage> waitForHit(String key) {
        return waitFor(key, true);
    }

    private Optional<RenderedImage> waitFor(String key, boolean hit) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        Optional<RenderedImage> held = cache.get(key);
        while (held.isPresent() != hit && System.nanoTime() < deadline) {
            held = cache.get(key);
        }
        return held;
    }
}
