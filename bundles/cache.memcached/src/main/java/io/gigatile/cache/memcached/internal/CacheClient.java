/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ops.Probe;
import java.io.IOException;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.spy.memcached.MemcachedClient;
import net.spy.memcached.internal.GetFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One spymemcached client, made for one set of servers, and its breaker. Nothing here throws: a failure (a
 * timeout, a server gone, a full queue) is a miss, and bypasses the servers for a while.
 */
final class CacheClient {
    /** memcached's item header, CAS value and line ends, counted beside key and value against its item limit. */
    static final int ITEM_OVERHEAD = 64;
    /** How long closing waits for stores still queued. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
    /** How long a purge waits for the servers to confirm. */
    static final Duration FLUSH_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(CacheClient.class);

    private final MemcachedClient client;
    private final MemcachedSettings settings;
    private final ImageTranscoder transcoder;
    private final Breaker breaker;
    private final Clock clock;
    /** Shared by the clients {@link #with} makes, as they share the connections. */
    private final AtomicBoolean closed;

    private CacheClient(MemcachedClient client, MemcachedSettings settings, Breaker breaker, Clock clock,
            AtomicBoolean closed) {
        this.client = client;
        this.settings = settings;
        this.transcoder = new ImageTranscoder(settings.maxEntryBytes());
        this.breaker = breaker;
        this.clock = clock;
        this.closed = closed;
    }

    /**
     * @param settings the servers and timings
     * @param clock the time of the breaker and of absolute expiry times
     * @return a client connecting in the background
     * @throws IOException if no socket selector can be opened
     */
    static CacheClient open(MemcachedSettings settings, Clock clock) throws IOException {
        return new CacheClient(SpyClients.open(settings), settings, new Breaker(clock, settings.retryAfter()), clock,
                new AtomicBoolean());
    }

    /**
     * @param next settings with the same servers and timings
     * @return a client with next's expiry and entry size, sharing this one's connections and breaker
     */
    CacheClient with(MemcachedSettings next) {
        return new CacheClient(client, next, breaker, clock, closed);
    }

    /**
     * @param key a request's cache key
     * @return the image stored under it, or empty on a miss, a failure or while the servers are bypassed
     */
    Optional<RenderedImage> get(String key) {
        if (!breaker.allowsLookup()) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        GetFuture<RenderedImage> future = null;
        try {
            future = client.asyncGet(CacheKeys.of(key), transcoder);
            RenderedImage held = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            worked();
            // another key with the same hash, or an entry that is not ours
            return held != null && held.cacheKey().equals(key) ? Optional.of(held) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(future);
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            cancel(future);
            failed("lookup", e);
            return Optional.empty();
        }
    }

    /**
     * Queues the store and returns: whether it worked is never waited for. An image too large takes the entry its
     * key held out, so that an older rendering is not fetched again and again for nothing.
     */
    void put(RenderedImage image) {
        if (!breaker.closed()) {
            return;
        }
        String key = CacheKeys.of(image.cacheKey());
        try {
            if (ImageTranscoder.encodedSize(image) + key.length() + ITEM_OVERHEAD > settings.maxEntryBytes()) {
                client.delete(key);
            } else {
                client.set(key, settings.expiryAt(clock.instant()), image, transcoder);
            }
        } catch (RuntimeException e) {
            failed("store", e);
        }
    }

    /**
     * Empties the servers (memcached's flush_all: every key on them, also other applications' keys), waiting
     * {@link #FLUSH_WAIT} at most; an operator's purge is rare and should know whether it worked.
     *
     * @return true if every server confirmed
     */
    boolean flush() {
        try {
            return client.flush().get(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("memcached {} could not be emptied: {}", settings.servers(), e.toString());
            return false;
        }
    }

    /**
     * Asks every server for its version (memcached's {@code version}), waiting the configured timeout at most. The
     * answer names no server: a health report is public.
     *
     * @return reachable if every server answered
     */
    Probe.Result probe() {
        int total = settings.servers().size();
        if (closed.get()) {
            return Probe.Result.down("memcached client closed");
        }
        try {
            // a server whose connection is down is not asked: spymemcached would queue the question for it
            long connected = total - client.getUnavailableServers().size();
            Map<SocketAddress, String> versions = connected < total ? Map.of() : client.getVersions();
            long answered = connected < total ? connected
                    : versions.values().stream().filter(Objects::nonNull).count();
            return answered >= total ? Probe.Result.ok()
                    : Probe.Result.down((total - answered) + " of " + total + " memcached servers do not answer");
        } catch (RuntimeException e) {
            LOG.debug("memcached {} did not answer a version request: {}", settings.servers(), e.toString());
            return Probe.Result.down("memcached servers do not answer");
        }
    }

    /** Shuts the client down, waiting {@link #CLOSE_WAIT} at most for stores still queued. */
    void close() {
        closed.set(true);
        try {
            client.shutdown(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // spymemcached closes its selector from this thread while its own I/O thread may still be closing
            // channels; the JDK then failed once in CI with a NullPointerException inside Selector.close. The
            // client is shut down all the same (its I/O thread ends on the flag), so closing goes on
            LOG.debug("memcached {}: the client's shutdown raced with its I/O thread: {}", settings.servers(),
                    e.toString());
        }
    }

    MemcachedSettings settings() {
        return settings;
    }

    Breaker breaker() {
        return breaker;
    }

    private void worked() {
        if (breaker.succeeded()) {
            LOG.info("memcached {} answers again; the cache is used again", settings.servers());
        }
    }

    private void failed(String what, Exception e) {
        if (closed.get()) {
            // a client being replaced or shut down: its failures say nothing about the servers
            return;
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (breaker.failed()) {
            LOG.warn("memcached {} {} failed ({}); bypassing the cache for {} s", settings.servers(), what,
                    cause.toString(), settings.retryAfter().toSeconds());
        } else {
            LOG.debug("memcached {} {} failed again ({})", settings.servers(), what, cause.toString());
        }
    }

    private static void cancel(GetFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
