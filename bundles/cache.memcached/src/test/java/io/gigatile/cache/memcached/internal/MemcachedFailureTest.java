/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import static io.gigatile.cache.memcached.internal.Fixtures.image;
import static io.gigatile.cache.memcached.internal.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Servers that die and come back: the cache never throws, never costs more than its timeout, and recovers. */
class MemcachedFailureTest {
    /** The timeout (100 ms) and what a busy test machine adds to it. */
    private static final Duration AT_MOST = Duration.ofMillis(400);

    private final MutableClock clock = new MutableClock();
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
    void aKilledServerIsBypassedThenUsedAgainOnceBackAndRetryAfterHasPassed() throws IOException {
        cache = new MemcachedCache(settings(List.of(first), 86400, 1, 1 << 20), clock);
        cache.put(image("before", 100));
        assertThat(waitForHit("before", Duration.ofSeconds(2))).isPresent();

        first.kill();
        // the first lookups fail (a lost connection, then a timeout) and start the bypass
        for (int i = 0; i < 5; i++) {
            assertThat(timed(() -> cache.get("before"))).isEmpty();
            timed(() -> {
                cache.put(image("during", 100));
                return Optional.empty();
            });
        }
        assertThat(cache.client().breaker().closed()).isFalse();
        // bypassed: no network, no wait
        long start = System.nanoTime();
        assertThat(cache.get("before")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(20));

        first.restart();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean works = false;
        while (!works && System.nanoTime() < deadline) {
            // each failed try waits out the timeout, which paces this loop while spymemcached reconnects
            clock.advance(Duration.ofSeconds(1));
            cache.put(image("after", 100));
            works = timed(() -> cache.get("after")).isPresent();
        }

        assertThat(works).as("used again within 10 s of the restart").isTrue();
        assertThat(cache.client().breaker().closed()).isTrue();
        assertThat(first.holds(CacheKeys.of("after"))).isTrue();
    }

    @Test
    void theProbeSaysHowManyServersDoNotAnswerWithoutNamingThem() throws IOException {
        cache = new MemcachedCache(settings(List.of(first, second), 86400, 1, 1 << 20), clock);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!cache.probe().reachable() && System.nanoTime() < deadline) {
            // spymemcached connects in the background; each probe waits for the answers it gets
            timed(() -> cache.get("connecting"));
        }
        assertThat(cache.probe()).isEqualTo(io.gigatile.api.ops.Probe.Result.ok());

        second.kill();
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        io.gigatile.api.ops.Probe.Result down = cache.probe();
        while (down.reachable() && System.nanoTime() < deadline) {
            // the client learns of the lost connection when it next uses it
            timed(() -> cache.get("noticing"));
            down = cache.probe();
        }
        assertThat(down.reachable()).isFalse();
        assertThat(down.detail()).isEqualTo("1 of 2 memcached servers do not answer").doesNotContain("127.0.0.1");
    }

    @Test
    void theKeysOfAKilledServerGoToTheOthers() throws IOException {
        cache = new MemcachedCache(settings(List.of(first, second), 86400, 1, 1 << 20), clock);
        List<String> keys = keysOn(first, 5);
        assertThat(keys).hasSize(5);
        first.kill();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean works = false;
        while (!works && System.nanoTime() < deadline) {
            clock.advance(Duration.ofSeconds(1));
            cache.put(image(keys.get(0), 100));
            works = timed(() -> cache.get(keys.get(0))).isPresent();
        }

        assertThat(works).as("redistributed within 10 s").isTrue();
        assertThat(second.holds(CacheKeys.of(keys.get(0)))).isTrue();
        // the others were on the killed server only: misses until stored again
        for (String key : keys.subList(1, keys.size())) {
            assertThat(timed(() -> cache.get(key))).isEmpty();
        }
    }

    /** @return keys whose entries went to the given server, found by storing until it holds enough */
    private List<String> keysOn(MemcachedServer server, int count) throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; keys.size() < count && i < 1000; i++) {
            String key = "tile-" + i;
            cache.put(image(key, 50));
            if (waitForHit(key, Duration.ofSeconds(2)).isPresent() && server.holds(CacheKeys.of(key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Optional<RenderedImage> waitForHit(String key, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Optional<RenderedImage> held = cache.get(key);
        while (held.isEmpty() && System.nanoTime() < deadline) {
            held = cache.get(key);
        }
        return held;
    }

    /** Runs a call that must neither throw nor take longer than the timeout allows. */
    private static Optional<RenderedImage> timed(Supplier<Optional<RenderedImage>> call) {
        long start = System.nanoTime();
        Optional<RenderedImage> result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_MOST);
        return result;
    }
}
