/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Native things kept between calls (TurboJPEG handles, blocks of memory), up to a total weight: a thing given back
 * beyond it, or after closing, is destroyed at once. A thing taken out is its taker's alone until given back, so
 * nothing is ever destroyed in use.
 *
 * @param <T> what is kept
 */
final class IdleQueue<T> {
    private final ToLongFunction<T> weigher;
    private final long maxWeight;
    private final Consumer<T> destroyer;
    private final Queue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicLong weight = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param weigher what a thing counts for (1 to count things, its size to count bytes)
     * @param maxWeight the most weight kept
     * @param destroyer frees a thing
     */
    IdleQueue(ToLongFunction<T> weigher, long maxWeight, Consumer<T> destroyer) {
        this.weigher = weigher;
        this.maxWeight = maxWeight;
        this.destroyer = destroyer;
    }

    /** @return an idle thing, now the caller's, or null if none is kept */
    T poll() {
        T thing = idle.poll();
        if (thing != null) {
            weight.addAndGet(-weigher.applyAsLong(thing));
        }
        return thing;
    }

    /** Keeps a thing for the next caller, or destroys it if the queue is full or closed. */
    void offer(T thing) {
        if (closed) {
            destroyer.accept(thing);
            return;
        }
        long w = weigher.applyAsLong(thing);
        if (weight.addAndGet(w) > maxWeight) {
            weight.addAndGet(-w);
            destroyer.accept(thing);
            return;
        }
        idle.add(thing);
        if (closed) {
            // closed meanwhile: close() may have drained the queue before this thing was in it
            drain();
        }
    }

    /** Destroys the idle things, and from now on every thing offered. */
    void close() {
        closed = true;
        drain();
    }

    /** @return the weight of the idle things */
    long weight() {
        return weight.get();
    }

    private void drain() {
        for (T thing; (thing = poll()) != null;) {
            destroyer.accept(thing);
        }
    }
}
