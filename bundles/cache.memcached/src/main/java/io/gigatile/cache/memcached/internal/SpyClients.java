/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.io.IOException;
import net.spy.memcached.ConnectionFactoryBuilder;
import net.spy.memcached.ConnectionFactoryBuilder.Locator;
import net.spy.memcached.ConnectionFactoryBuilder.Protocol;
import net.spy.memcached.DefaultHashAlgorithm;
import net.spy.memcached.FailureMode;
import net.spy.memcached.MemcachedClient;
import net.spy.memcached.metrics.MetricType;

/** Makes spymemcached clients the way this cache needs them; each choice says why. */
final class SpyClients {

    private SpyClients() {
    }

    /**
     * Connects in the background: a server that is down now is a miss on lookup, not an error here.
     *
     * @param settings the servers and timings
     * @return a client with its own I/O thread, to be shut down
     * @throws IOException if no socket selector can be opened
     */
    static MemcachedClient open(MemcachedSettings settings) throws IOException {
        long timeout = settings.timeout().toMillis();
        ConnectionFactoryBuilder factory = new ConnectionFactoryBuilder()
                // the text protocol: memcached deprecates the binary one, proxies (mcrouter, twemproxy) speak only
                // text, and the hex keys need nothing that binary keys allow
                .setProtocol(Protocol.TEXT)
                // every instance with the same servers puts a key on the same one, whatever the order of its list;
                // adding or losing a server moves only that server's share of the keys
                .setLocatorType(Locator.CONSISTENT)
                .setHashAlg(DefaultHashAlgorithm.KETAMA_HASH)
                // the keys of a server that is down go to the next server of the ring rather than failing; an entry
                // left behind on a server that comes back may be stale, and the engine refuses other versions
                .setFailureMode(FailureMode.Redistribute)
                // also the age at which a queued operation is dropped unsent
                .setOpTimeout(timeout)
                // a full queue makes a caller wait this long, at most, before the operation is given up
                .setOpQueueMaxBlockTime(timeout)
                // spymemcached doubles its wait between reconnections up to this: a server back is used again
                // about when the breaker lets a lookup try
                .setMaxReconnectDelay(Math.max(1, settings.retryAfter().toSeconds()))
                // Codahale Metrics is not installed: a JVM-wide property must not switch metrics on
                .setEnableMetrics(MetricType.OFF)
                // a client never shut down must not keep the JVM from exiting
                .setDaemon(true);
        return new MemcachedClient(factory.build(), settings.servers());
    }
}
