/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.SourceUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls in flight on one open source. A thread inside a decoder cannot be stopped, so a decoder that hangs
 * keeps the threads it has; what the watch bounds is how many more it gets. A call is refused at once (500) while
 * another call on the same source has run past the time limit, and (503) while {@link #CROWD} calls are in
 * flight, the oldest of them has not answered for {@link #SLOW} and no call has ended for as long: so a hanging
 * decoder holds at most that many threads, plus those that came before it was seen, and every other image is
 * served meanwhile. A decoder that is only slow under load (each call taking seconds on a busy machine) goes on
 * ending calls and is not turned away. Once the stuck calls return, the source is used again.
 */
final class DecoderWatch {
    /** Calls on one source beyond which a slow decoder is not given more threads. */
    static final int CROWD = 16;
    /** How long the oldest call may take before a crowd of calls counts as waiting on a stuck decoder. */
    static final long SLOW = Duration.ofSeconds(1).toNanos();

    private static final Logger LOG = LoggerFactory.getLogger(DecoderWatch.class);

    private final String what;
    private final LongSupplier limit;
    private final LongSupplier clock;
    private final Map<Thread, Long> inFlight = new ConcurrentHashMap<>();
    private volatile boolean reported;
    /** When the last call ended: a decoder that ends calls is working, however long each takes. */
    private volatile long lastExit;

    /**
     * @param what the image and decoder, for the log
     * @param limit the time limit of one call in nanoseconds, 0 or less for none; read on every call
     * @param clock {@link System#nanoTime()}, or a test's clock
     */
    DecoderWatch(String what, LongSupplier limit, LongSupplier clock) {
        this.what = what;
        this.limit = limit;
        this.clock = clock;
        this.lastExit = clock.getAsLong();
    }

    /**
     * Lets a call in, or refuses it; a call let in must be followed by {@link #exit()} on the same thread.
     *
     * @throws DecodeFailureException if a call has run past the time limit
     * @throws SourceUnavailableException if a crowd of calls waits on one that does not end
     */
    void enter() {
        long max = limit.getAsLong();
        if (max > 0 && !inFlight.isEmpty()) {
            long now = clock.getAsLong();
            long oldest = 0;
            for (long start : inFlight.values()) {
                oldest = Math.max(oldest, now - start);
            }
            if (oldest > max) {
                if (!reported) {
                    reported = true;
                    LOG.error("the decoder of {} has not answered for {} s; the image fails until it does", what,
                            Duration.ofNanos(oldest).toSeconds());
                }
                throw notAnswered(max);
            }
            if (inFlight.size() >= CROWD && oldest > SLOW && now - lastExit > SLOW) {
                throw new SourceUnavailableException("the image's decoder is busy", Duration.ofSeconds(1), null);
            }
        }
        inFlight.put(Thread.currentThread(), clock.getAsLong());
    }

    /**
     * @param limit the time limit in nanoseconds
     * @return the failure of a request whose decoder did not answer within it, wherever the request waited
     */
    static DecodeFailureException notAnswered(long limit) {
        return new DecodeFailureException("the image's decoder did not answer within "
                + Duration.ofNanos(limit).toSeconds() + " s");
    }

    void exit() {
        inFlight.remove(Thread.currentThread());
        lastExit = clock.getAsLong();
        if (reported && inFlight.isEmpty()) {
            reported = false;
            LOG.info("the decoder of {} answers again", what);
        }
    }

    /** @return calls in flight, for tests */
    int inFlight() {
        return inFlight.size();
    }
}
