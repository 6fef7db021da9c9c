/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ops.Probe;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import io.gigatile.store.remote.RemoteImageStore;
import io.gigatile.store.remote.RemoteSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the objects of one S3 bucket below one key prefix: identifier {@code a/b.tif} is the key
 * {@code keyPrefix + "a/b.tif"}. The identifier checks, metadata cache and block cache are the remote store's;
 * this component adds the S3 client and its configuration. A new configuration replaces the component, and with it
 * the caches and connections. Thread-safe.
 */
@Component(configurationPid = S3ImageStore.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = ImageStore.class)
@Designate(ocd = S3StoreConfig.class, factory = true)
@ImageStoreRoute
public final class S3ImageStore implements ImageStore, Probe {
    static final String PID = "io.gigatile.store.s3";

    private static final Logger LOG = LoggerFactory.getLogger(S3ImageStore.class);

    private final S3Objects objects;
    private final RemoteImageStore store;

    /**
     * @param config the factory configuration
     */
    @Activate
    public S3ImageStore(S3StoreConfig config) {
        this(config, System.getenv());
    }

    S3ImageStore(S3StoreConfig config, Map<String, String> environment) {
        this.objects = objects(config, environment);
        this.store = new RemoteImageStore(objects, settings(config));
        LOG.debug("S3 store active: {} (region {}, {} style), key prefix '{}', route '{}', {}, timeout {} s, {}",
                objects, config.region(), config.pathStyle() ? "path" : "virtual-host", config.keyPrefix(),
                config.gigatile_store_prefix(), credentials(config, environment).map(Object::toString)
                        .orElse("anonymous"), config.timeout(), store.settings());
    }

    /**
     * @param config a configuration
     * @param environment the process environment, for the standard AWS variables
     * @return the S3 client the configuration describes, which the caller closes
     * @throws IllegalArgumentException if the configuration is incomplete or out of range
     */
    static S3Objects objects(S3StoreConfig config, Map<String, String> environment) {
        if (config.timeout() < 1) {
            throw new IllegalArgumentException("timeout must be at least one second");
        }
        S3Location location = S3Location.of(config.endpoint(), config.region(), config.bucket(), config.pathStyle());
        Optional<SigV4Signer> signer = credentials(config, environment)
                .map(c -> new SigV4Signer(c, config.region()));
        return new S3Objects(location, Objects.requireNonNullElse(config.keyPrefix(), ""), signer,
                new BoundedHttp(Duration.ofSeconds(config.timeout()), "gigatile-s3-" + config.bucket()),
                Clock.systemUTC());
    }

    /**
     * @param config a configuration
     * @return the caching it asks for, in bytes
     * @throws IllegalArgumentException if a size is out of range
     */
    static RemoteSettings settings(S3StoreConfig config) {
        return new RemoteSettings(Math.multiplyExact(config.blockSize(), 1024),
                Math.multiplyExact((long) config.cacheSize(), 1L << 20), Duration.ofSeconds(config.metadataTtl()),
                Math.multiplyExact(config.headerPrefetch(), 1024));
    }

    private static Optional<S3Credentials> credentials(S3StoreConfig config, Map<String, String> environment) {
        return S3Credentials.resolve(config.accessKey(), config._secretKey(), environment);
    }

    @Override
    public StoredImage resolve(String identifier) {
        return store.resolve(identifier);
    }

    @Override
    public StoredImage resolve(String identifier, int x, int y) {
        return store.resolve(identifier, x, y);
    }

    /** A health check's question: does the server answer a HEAD request? */
    @Override
    public Probe.Result probe() {
        return store.probe();
    }

    @Override
    public boolean unchanged(StoredImage known) {
        return store.unchanged(known);
    }

    /** Ends the client's threads; images resolved before fail on blocks not yet cached. */
    @Deactivate
    void close() {
        objects.close();
    }

    @Override
    public String toString() {
        return "S3ImageStore[" + objects + "]";
    }
}
