/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One decode per tile, also when requests ask for it at the same moment; failures are shared, not kept. */
class TileCacheTest {
    private static final Object IMAGE = "image v1";

    private static Raster tile(int value) {
        byte[] samples = new byte[10 * 10];
        Arrays.fill(samples, (byte) value);
        return Raster.ofBytes(10, 10, 1, ColourSpace.GREY, samples);
    }

    private static TileCache.Key key(int x) {
        return new TileCache.Key(IMAGE, 0, x, 0, 0);
    }

    @Test
    void requestsAtTheSameMomentShareOneDecode() throws Exception {
        TileCache cache = new TileCache(1 << 20);
        AtomicInteger decodes = new AtomicInteger();
        CountDownLatch decoding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Raster>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.load(key(1), () -> {
                decodes.incrementAndGet();
                decoding.countDown();
                await(release);
                return tile(7);
            })));
            assertThat(decoding.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.load(key(1), () -> {
                    decodes.incrementAndGet();
                    return tile(9);
                })));
            }
            release.countDown();
            for (Future<Raster> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).bytes()[0]).isEqualTo((byte) 7);
            }
            assertThat(decodes.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedDecodeIsNotKept() {
        TileCache cache = new TileCache(1 << 20);

        assertThatThrownBy(() -> cache.load(key(1), () -> {
            throw new DecodeFailureException("corrupt");
        })).isInstanceOf(DecodeFailureException.class);

        assertThat(cache.load(key(1), () -> tile(3)).bytes()[0]).isEqualTo((byte) 3);
    }

    @Test
    void theBoundPushesOutTheLeastRecentlyUsed() {
        TileCache cache = new TileCache(2 * 100);
        cache.load(key(1), () -> tile(1));
        cache.load(key(2), () -> tile(2));
        cache.load(key(1), () -> tile(99));
        cache.load(key(3), () -> tile(3));

        assertThat(cache.held()).isEqualTo(200);
        assertThat(cache.load(key(1), () -> tile(99)).bytes()[0]).as("recently used, kept").isEqualTo((byte) 1);
        assertThat(cache.load(key(2), () -> tile(42)).bytes()[0]).as("least recently used, gone").isEqualTo((byte) 42);
        cache.capacity(0);
        assertThat(cache.held()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
