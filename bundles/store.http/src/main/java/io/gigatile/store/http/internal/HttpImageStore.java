/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ops.Probe;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import io.gigatile.store.remote.RemoteImageStore;
import io.gigatile.store.remote.RemoteSettings;
import java.time.Clock;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves images from a web server that answers Range requests: one instance per factory configuration of PID
 * {@value #PID}, that is per base URL. Identifiers are screened and appended to the base URL (see
 * {@link RemoteImageStore#resolve(String)}); metadata and blocks are cached as {@link RemoteSettings} says.
 *
 * <p>A changed configuration takes effect without the store leaving the service registry: new requests use a new
 * client and new caches, while sources opened before keep reading the version they were opened for, from where
 * they found it, until they are closed. Thread-safe.
 */
@Component(configurationPid = HttpImageStore.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpStoreConfig.class, factory = true)
@ImageStoreRoute
public final class HttpImageStore implements ImageStore, Probe {
    /** The factory PID. */
    static final String PID = "io.gigatile.store.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpImageStore.class);

    /** What one configuration builds; replaced as a whole. */
    private record Current(HttpEndpoint endpoint, RemoteSettings settings, HttpRangeObjects objects,
            RemoteImageStore store) {
    }

    private final Clock clock;
    private volatile Current current;

    /**
     * @param config the store's configuration
     * @throws IllegalArgumentException if the configuration is unusable, which fails the activation
     */
    @Activate
    public HttpImageStore(HttpStoreConfig config) {
        this(endpoint(config), settings(config), Clock.systemUTC());
        LOG.debug("HTTP store active: {}, {}", current.endpoint(), current.settings());
    }

    HttpImageStore(HttpEndpoint endpoint, RemoteSettings settings, Clock clock) {
        this.clock = clock;
        this.current = build(endpoint, settings);
    }

    /**
     * Builds anew only if something but the route prefix changed, which the service's properties carry alone.
     *
     * @param config the new configuration
     */
    @Modified
    void modified(HttpStoreConfig config) {
        HttpEndpoint endpoint = endpoint(config);
        RemoteSettings settings = settings(config);
        Current was = current;
        if (!was.endpoint().equals(endpoint) || !was.settings().equals(settings)) {
            // the old client is not closed: sources opened through it may still be reading
            current = build(endpoint, settings);
            LOG.debug("HTTP store reconfigured: {}, {}", endpoint, settings);
        }
    }

    @Deactivate
    void deactivate() {
        current.objects().close();
    }

    @Override
    public StoredImage resolve(String identifier) {
        return current.store().resolve(identifier);
    }

    /** A health check's question: does the server answer a HEAD request? */
    @Override
    public Probe.Result probe() {
        return current.store().probe();
    }

    @Override
    public boolean unchanged(StoredImage known) {
        return current.store().unchanged(known);
    }

    private Current build(HttpEndpoint endpoint, RemoteSettings settings) {
        HttpRangeObjects objects = new HttpRangeObjects(endpoint);
        return new Current(endpoint, settings, objects, new RemoteImageStore(objects, settings, clock));
    }

    static HttpEndpoint endpoint(HttpStoreConfig config) {
        return HttpEndpoint.of(config.baseUrl(), config._headers(), config.timeout());
    }

    /** The configuration counts in KiB, MiB and seconds, bounded so that no product overflows. */
    static RemoteSettings settings(HttpStoreConfig config) {
        if (config.blockSize() < 1 || config.blockSize() > 16384 || config.headerPrefetch() < 0
                || config.headerPrefetch() > 16384) {
            throw new IllegalArgumentException("blockSize and headerPrefetch must be between 1 (0) and 16384 KiB");
        }
        if (config.cacheSize() < 0 || config.metadataTtl() < 0) {
            throw new IllegalArgumentException("cacheSize and metadataTtl must not be negative");
        }
        return new RemoteSettings(config.blockSize() << 10, (long) config.cacheSize() << 20,
                Duration.ofSeconds(config.metadataTtl()), config.headerPrefetch() << 10);
    }
}
