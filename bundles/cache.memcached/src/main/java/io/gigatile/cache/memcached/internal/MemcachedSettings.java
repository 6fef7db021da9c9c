/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's configuration in checked units.
 *
 * @param servers the memcached servers, at least one
 * @param expiry seconds an entry lives; 0 until memcached evicts it
 * @param timeout the longest a lookup may take
 * @param retryAfter how long the cache is bypassed after a failure
 * @param maxEntryBytes the largest entry sent, its key and memcached's item header included
 */
record MemcachedSettings(List<InetSocketAddress> servers, int expiry, Duration timeout, Duration retryAfter,
        int maxEntryBytes) {
    /** iipsrv's MEMCACHED_TIMEOUT default: a day. */
    static final int DEFAULT_EXPIRY = 86400;
    /** Milliseconds: a lookup on the local network takes well under one; a cache must not cost more than this. */
    static final int DEFAULT_TIMEOUT = 100;
    static final int DEFAULT_RETRY_AFTER = 10;
    /** In kilobytes: memcached's default item limit (-I 1m). */
    static final int DEFAULT_MAX_ENTRY_SIZE = 1024;
    /** memcached's largest item limit (-I 1g), in bytes. */
    static final long LARGEST_ITEM = 1L << 30;
    /** memcached reads an expiry above 30 days as a Unix time, not as seconds from now. */
    static final int LONGEST_RELATIVE_EXPIRY = 30 * 24 * 3600;

    private static final Logger LOG = LoggerFactory.getLogger(MemcachedSettings.class);

    MemcachedSettings {
        servers = List.copyOf(servers);
        if (servers.isEmpty() || expiry < 0 || timeout.isNegative() || timeout.isZero() || retryAfter.isNegative()
                || maxEntryBytes < 1) {
            throw new IllegalArgumentException("invalid memcached settings");
        }
    }

    /**
     * Reads a configuration; a value out of range (a typo in an operator's file) takes its default, with a
     * warning, rather than stopping the cache.
     *
     * @param config the component configuration
     * @return the settings
     * @throws IllegalArgumentException if the servers are missing, malformed or do not resolve
     */
    static MemcachedSettings of(MemcachedCacheConfig config) {
        return new MemcachedSettings(ServerAddresses.parse(config.servers()),
                checked("expiry", config.expiry(), 0, DEFAULT_EXPIRY),
                Duration.ofMillis(checked("timeout", config.timeout(), 1, DEFAULT_TIMEOUT)),
                Duration.ofSeconds(checked("retryAfter", config.retryAfter(), 0, DEFAULT_RETRY_AFTER)),
                // memcached's -I goes up to 1 GB; nothing larger could be stored
                (int) Math.min(LARGEST_ITEM, 1024L * checked("maxEntrySize", config.maxEntrySize(), 1,
                        DEFAULT_MAX_ENTRY_SIZE)));
    }

    /**
     * @param now the time of the store
     * @return the expiry to send: seconds from now up to 30 days, the Unix time beyond
     */
    int expiryAt(Instant now) {
        if (expiry <= LONGEST_RELATIVE_EXPIRY) {
            return expiry;
        }
        return (int) Math.min(Integer.MAX_VALUE, now.getEpochSecond() + expiry);
    }

    /**
     * @param other settings to compare with
     * @return true if a client made for these serves the other ones too: same servers, timeout and retry time
     */
    boolean sameConnection(MemcachedSettings other) {
        return servers.equals(other.servers) && timeout.equals(other.timeout) && retryAfter.equals(other.retryAfter);
    }

    private static int checked(String name, int value, int min, int fallback) {
        if (value < min) {
            LOG.warn("memcached {} {} is below {}; using {}", name, value, min, fallback);
            return fallback;
        }
        return value;
    }
}
