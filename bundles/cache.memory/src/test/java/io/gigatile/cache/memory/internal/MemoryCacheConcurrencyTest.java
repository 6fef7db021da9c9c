/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memory.internal;

import static io.gigatile.cache.memory.internal.Images.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.RenderedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoryCacheConcurrencyTest {
    private static final int THREADS = 16;
    private static final int OPERATIONS = 20_000;
    private static final long MAX_BYTES = 256 << 10;

    @Test
    void sixteenThreadsPuttingAndGettingNeverPassTheBound() throws Exception {
        MemoryCache cache = new MemoryCache(new CacheLimits(MAX_BYTES, 32 << 10), 16, System::nanoTime);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong mostSeen = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<?> watcher = pool.submit(() -> {
                while (running.get()) {
                    mostSeen.accumulateAndGet(cache.weight(), Math::max);
                }
            });
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                workers.add(pool.submit(() -> work(cache, new SplittableRandom(seed), start)));
            }
            start.countDown();
            long hits = 0;
            for (Future<Long> worker : workers) {
                hits += worker.get(60, TimeUnit.SECONDS);
            }
            running.set(false);
            watcher.get(10, TimeUnit.SECONDS);

            assertThat(hits).isPositive();
            assertThat(mostSeen.get()).isPositive().isLessThanOrEqualTo(MAX_BYTES);
            assertThat(cache.heldWeight()).isEqualTo(cache.weight()).isLessThanOrEqualTo(MAX_BYTES);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The workers stop as soon as the cache has shrunk, so that no later put can cover for a put in progress that
     * reserved its room under the old bound: what is left is what the shrink and those puts left.
     */
    @Test
    void shrinkingWhileThreadsPutLeavesNoMoreThanTheNewBound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 50; round++) {
                MemoryCache cache = new MemoryCache(new CacheLimits(4 * MAX_BYTES, 32 << 10), 16, System::nanoTime);
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong puts = new AtomicLong();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    SplittableRandom random = new SplittableRandom(round * THREADS + t);
                    workers.add(pool.submit(() -> {
                        while (running.get()) {
                            cache.put(image("k" + random.nextInt(1000), 1 + random.nextInt(16 << 10)));
                            puts.incrementAndGet();
                        }
                    }));
                }
                while (puts.get() < 2000) {
                    Thread.onSpinWait();
                }
                cache.apply(new CacheLimits(MAX_BYTES / 4, 32 << 10));
                running.set(false);
                for (Future<?> worker : workers) {
                    worker.get(60, TimeUnit.SECONDS);
                }

                assertThat(cache.heldWeight()).isEqualTo(cache.weight()).isLessThanOrEqualTo(MAX_BYTES / 4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Puts and gets over 400 keys, some too large to keep; every hit must be the image of its own key. */
    private static long work(MemoryCache cache, SplittableRandom random, CountDownLatch start)
            throws InterruptedException {
        start.await();
        long hits = 0;
        for (int i = 0; i < OPERATIONS; i++) {
            String key = (char) ('A' + random.nextInt(20)) + "/" + random.nextInt(20);
            if (random.nextInt(3) == 0) {
                cache.put(image(key, 1 + random.nextInt(40 << 10)));
                assertThat(cache.weight()).isLessThanOrEqualTo(MAX_BYTES);
            } else {
                Optional<RenderedImage> held = cache.get(key);
                if (held.isPresent()) {
                    hits++;
                    assertThat(held.get().cacheKey()).isEqualTo(key);
                    assertThat(held.get().bytes()[0]).isEqualTo((byte) key.charAt(0));
                }
            }
        }
        return hits;
    }
}
