/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResponseCache;
import io.gigatile.api.ops.Probe;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared cache of encoded responses, iipsrv's memcached cache: several Gigatile instances behind one load
 * balancer render each tile once. It runs only where servers are configured (iipsrv would try localhost), and
 * ranks below the memory cache, so that memory is asked first and filled from here. Nothing it does is thrown to
 * the engine: a failure is a miss, and the servers are bypassed for {@code retryAfter} seconds.
 */
@Component(service = ResponseCache.class, configurationPid = MemcachedCache.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MemcachedCacheConfig.class)
@ServiceRanking(MemcachedCache.RANKING)
public final class MemcachedCache implements ResponseCache, Probe {
    static final String PID = "io.gigatile.cache.memcached";
    /** Below the memory cache (100): a memory hit costs no network round trip. */
    static final int RANKING = 50;

    private static final Logger LOG = LoggerFactory.getLogger(MemcachedCache.class);

    private final Clock clock;
    private volatile CacheClient client;

    /**
     * @param config the component configuration
     * @throws IOException if no socket selector can be opened
     * @throws IllegalArgumentException if the servers are missing, malformed or do not resolve
     */
    @Activate
    public MemcachedCache(MemcachedCacheConfig config) throws IOException {
        this(MemcachedSettings.of(config), Clock.systemUTC());
    }

    /**
     * @param settings the servers and timings
     * @param clock the time of the breaker and of absolute expiry times
     * @throws IOException if no socket selector can be opened
     */
    MemcachedCache(MemcachedSettings settings, Clock clock) throws IOException {
        this.clock = clock;
        this.client = CacheClient.open(settings, clock);
        LOG.debug("memcached cache active with {}", settings);
    }

    /** Takes new settings without dropping the service; other servers or timings take a new client. */
    @Modified
    void modified(MemcachedCacheConfig config) throws IOException {
        apply(MemcachedSettings.of(config));
    }

    /** @param next the new settings */
    void apply(MemcachedSettings next) throws IOException {
        CacheClient before = client;
        if (before.settings().sameConnection(next)) {
            client = before.with(next);
        } else {
            client = CacheClient.open(next, clock);
            before.close();
        }
        LOG.debug("memcached cache reconfigured with {}", next);
    }

    /** Waits {@link CacheClient#CLOSE_WAIT} at most for stores still queued. */
    @Deactivate
    void deactivate() {
        client.close();
    }

    @Override
    public Optional<RenderedImage> get(String key) {
        return client.get(key);
    }

    @Override
    public void put(RenderedImage image) {
        client.put(image);
    }

    /**
     * memcached cannot list the keys of one image; its entries of an image stay, and are served only for the
     * version they were rendered from.
     */
    @Override
    public void purge(String identifier) {
        LOG.debug("memcached keeps the entries of {}: they only serve the version they were made from", identifier);
    }

    /** flush_all on every server: everything on them goes, other applications' keys too. */
    @Override
    public void purgeAll() {
        if (!client.flush()) {
            LOG.warn("memcached {} was not emptied", client.settings().servers());
        }
    }

    /** A health check's question: do all the servers answer now? */
    @Override
    public Probe.Result probe() {
        return client.probe();
    }

    /** @return the client in use, for tests */
    CacheClient client() {
        return client;
    }

    @Override
    public String toString() {
        return "memcached " + client.settings().servers();
    }
}
