/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A circuit breaker: after a failure the cache is bypassed for a while, so that a server gone or slow costs each
 * request nothing instead of a timeout; then one lookup tries it again. The caller logs the transitions this
 * reports, so that an outage costs two log lines, not one per request.
 */
final class Breaker {
    private final Clock clock;
    private final Duration retryAfter;
    /** Null while the cache is used; else when a lookup may try it again. */
    private final AtomicReference<Instant> bypassUntil = new AtomicReference<>();

    /**
     * @param clock the time, injected so that tests need not wait
     * @param retryAfter how long a failed cache is bypassed
     */
    Breaker(Clock clock, Duration retryAfter) {
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** @return true if the cache is in use; stores go only then, as they cannot tell whether they worked */
    boolean closed() {
        return bypassUntil.get() == null;
    }

    /**
     * @return true if a lookup may go to memcached: always while the cache is in use; while it is bypassed, one
     *         caller once the time is up, the others keep bypassing until that one has its answer or another
     *         {@code retryAfter} has passed
     */
    boolean allowsLookup() {
        Instant until = bypassUntil.get();
        if (until == null) {
            return true;
        }
        Instant now = clock.instant();
        return !now.isBefore(until) && bypassUntil.compareAndSet(until, now.plus(retryAfter));
    }

    /** @return true if this success ends a bypass */
    boolean succeeded() {
        return bypassUntil.get() != null && bypassUntil.getAndSet(null) != null;
    }

    /** @return true if this failure starts a bypass, false if one was on already */
    boolean failed() {
        return bypassUntil.getAndSet(clock.instant().plus(retryAfter)) == null;
    }

    /** @return when a lookup may try again, or null while the cache is in use; for tests */
    Instant bypassUntil() {
        return bypassUntil.get();
    }
}
