/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.SourceUnavailableException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the memory that renders in flight hold together. Without it, a few dozen large exports at once fill any
 * heap and every request in flight fails, tiles included; with it they take turns. A render states the most it
 * will hold; renders wait in arrival order while the budget is spent, and one that has waited its time is
 * turned away (503 with Retry-After) rather than added to a heap that cannot hold it. A render larger than the
 * whole budget waits until it can run alone.
 */
final class RenderGate {
    /** Permits are KiB, so that budgets of many gigabytes fit an int. */
    private static final int UNIT = 1024;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Semaphore permits;
    private final int budget;
    private final long waitNanos;

    /**
     * @param budgetBytes the memory renders may hold together
     * @param wait how long a render may wait for its share
     */
    RenderGate(long budgetBytes, Duration wait) {
        this.budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        // fair: a large render at the head is not overtaken for ever by a stream of small ones
        this.permits = new Semaphore(budget, true);
        this.waitNanos = wait.toNanos();
    }

    /**
     * The default budget: half of the heap, as the rest holds the caches and the answers being written.
     *
     * @param megabytes the configured budget, 0 or less for the default
     * @param maxHeap the heap's limit in bytes
     * @return the budget in bytes
     */
    static long budget(int megabytes, long maxHeap) {
        return megabytes > 0 ? megabytes * (1L << 20) : maxHeap / 2;
    }

    /**
     * Waits for a share of the budget.
     *
     * @param bytes the most the render will hold
     * @return the share, to be closed when the render is done
     * @throws SourceUnavailableException if the share was not free in time
     */
    Permit enter(long bytes) {
        int wanted = (int) Math.max(1, Math.min(budget, (bytes + UNIT - 1) / UNIT));
        boolean granted;
        try {
            granted = permits.tryAcquire(wanted, waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("the server is stopping", RETRY_AFTER, e);
        }
        if (!granted) {
            throw new SourceUnavailableException("the server is busy rendering other images", RETRY_AFTER, null);
        }
        return () -> permits.release(wanted);
    }

    /** @return the bytes free for renders now */
    long available() {
        return (long) permits.availablePermits() * UNIT;
    }

    /** A share of the budget; closing it twice gives it back twice, so close it once. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
