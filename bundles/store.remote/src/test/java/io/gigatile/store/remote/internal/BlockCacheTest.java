/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.SourceUnavailableException;
import io.gigatile.store.remote.FakeObjects;
import io.gigatile.store.remote.ObjectHead;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BlockCacheTest {
    private static final int BLOCK = 16;
    private static final byte[] CONTENT = new byte[1000];

    static {
        new Random(3).nextBytes(CONTENT);
    }

    private final FakeObjects objects = new FakeObjects("");
    private final ObjectHead head;

    BlockCacheTest() {
        objects.put("o", CONTENT);
        head = objects.head("o").orElseThrow();
    }

    private static byte[] read(BlockCache cache, String name, ObjectHead head, long position, int length) {
        ByteBuffer target = ByteBuffer.allocate(length);
        cache.read(name, head, position, target);
        assertThat(target.hasRemaining()).isFalse();
        return target.array();
    }

    private static long[] range(long position, long length) {
        return new long[] {position, length};
    }

    @Test
    void aContiguousMissCostsOneRequest() {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);

        assertThat(read(cache, "o", head, 5, 100)).isEqualTo(Arrays.copyOfRange(CONTENT, 5, 105));

        assertThat(objects.reads).containsExactly(range(0, 112));
    }

    @Test
    void eachMissingRunCostsOneRequestAndCachedBlocksNone() {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);
        read(cache, "o", head, 33, 2);
        objects.reads.clear();

        assertThat(read(cache, "o", head, 0, 100)).isEqualTo(Arrays.copyOf(CONTENT, 100));
        assertThat(read(cache, "o", head, 20, 60)).isEqualTo(Arrays.copyOfRange(CONTENT, 20, 80));

        assertThat(objects.reads).containsExactly(range(0, 32), range(48, 64));
    }

    @Test
    void theLastBlockIsShort() {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);

        assertThat(read(cache, "o", head, 990, 10)).isEqualTo(Arrays.copyOfRange(CONTENT, 990, 1000));

        assertThat(objects.reads).containsExactly(range(992 - BLOCK, 1000 - 992 + BLOCK));
        assertThat(cache.bytes()).isEqualTo(1000 - 992 + BLOCK);
    }

    @Test
    void leastRecentlyUsedBlocksLeaveFirst() {
        BlockCache cache = new BlockCache(objects, BLOCK, 3 * BLOCK);
        read(cache, "o", head, 0, 1);
        read(cache, "o", head, BLOCK, 1);
        read(cache, "o", head, 2 * BLOCK, 1);
        read(cache, "o", head, 0, 1);
        read(cache, "o", head, 3 * BLOCK, 1);
        objects.reads.clear();

        read(cache, "o", head, 0, 1);
        read(cache, "o", head, 2 * BLOCK, 1);
        read(cache, "o", head, BLOCK, 1);

        assertThat(objects.reads).containsExactly(range(BLOCK, BLOCK));
        assertThat(cache.bytes()).isEqualTo(3 * BLOCK);
    }

    @Test
    void staysWithinItsBoundsUnderEightThreads() throws Exception {
        List<String> names = List.of("o", "p", "q", "r");
        names.forEach(n -> objects.put(n, CONTENT));
        List<ObjectHead> heads = names.stream().map(n -> objects.head(n).orElseThrow()).toList();
        BlockCache cache = new BlockCache(objects, BLOCK, 20 * BLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Random random = new Random(t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int which = random.nextInt(names.size());
                        int from = random.nextInt(CONTENT.length);
                        int length = 1 + random.nextInt(Math.min(200, CONTENT.length - from));
                        assertThat(read(cache, names.get(which), heads.get(which), from, length))
                                .isEqualTo(Arrays.copyOfRange(CONTENT, from, from + length));
                        assertThat(cache.bytes()).isBetween(0L, 20L * BLOCK);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.bytes()).isBetween(1L, 20L * BLOCK);
    }

    @Test
    void concurrentReadersWaitForTheFetchInFlight() throws Exception {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        objects.hook((position, length) -> {
            fetching.countDown();
            await(release);
        });
        Thread first = start(() -> read(cache, "o", head, 0, 40));
        assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<byte[]> seen = new AtomicReference<>();
        Thread second = start(() -> seen.set(read(cache, "o", head, 10, 20)));
        awaitParked(second);

        release.countDown();
        first.join(10_000);
        second.join(10_000);

        assertThat(seen.get()).isEqualTo(Arrays.copyOfRange(CONTENT, 10, 30));
        assertThat(objects.reads).containsExactly(range(0, 48));
    }

    @Test
    void failuresReachTheWaitersAndAreNotCached() throws Exception {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        objects.hook((position, length) -> {
            if (calls.incrementAndGet() == 1) {
                fetching.countDown();
                await(release);
                throw new SourceUnavailableException("image store unavailable", null);
            }
        });
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicReference<Throwable> secondFailure = new AtomicReference<>();
        Thread first = start(() -> failure(firstFailure, () -> read(cache, "o", head, 0, 40)));
        assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = start(() -> failure(secondFailure, () -> read(cache, "o", head, 0, 10)));
        awaitParked(second);

        release.countDown();
        first.join(10_000);
        second.join(10_000);

        assertThat(firstFailure.get()).isInstanceOf(SourceUnavailableException.class);
        assertThat(secondFailure.get()).isInstanceOf(SourceUnavailableException.class);
        assertThat(cache.bytes()).isZero();
        assertThat(read(cache, "o", head, 0, 40)).isEqualTo(Arrays.copyOf(CONTENT, 40));
        assertThat(objects.reads).hasSize(2);
    }

    @Test
    void anotherVersionHasOtherBlocks() {
        BlockCache cache = new BlockCache(objects, BLOCK, 10_000);
        read(cache, "o", head, 0, 10);
        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;
        objects.put("o", changed);

        assertThat(read(cache, "o", objects.head("o").orElseThrow(), 0, 10)).isEqualTo(Arrays.copyOf(changed, 10));
        assertThat(objects.reads).hasSize(2);
    }

    @Test
    void aCacheOfNothingStillReads() {
        BlockCache cache = new BlockCache(objects, BLOCK, 0);

        assertThat(read(cache, "o", head, 100, 50)).isEqualTo(Arrays.copyOfRange(CONTENT, 100, 150));
        assertThat(read(cache, "o", head, 100, 50)).isEqualTo(Arrays.copyOfRange(CONTENT, 100, 150));
        assertThat(cache.bytes()).isZero();
        assertThat(objects.reads).hasSize(2);
    }

    private static Thread start(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    private static void failure(AtomicReference<Throwable> into, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            into.set(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The reader parks only when it waits for a fetch in flight: it takes no other blocking step. */
    private static void awaitParked(Thread reader) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reader.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(reader.getState()).isEqualTo(Thread.State.WAITING);
    }
}
