/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.ops;

import java.util.function.IntSupplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the server records what it does, for a metrics bundle to publish. Registered as a service by the metrics
 * bundle; the engine and the http bundle bind it through an optional, dynamic reference and call it on their hot
 * paths, so every method must be cheap, thread-safe, non-blocking and must never throw.
 *
 * <p>Labels are short, fixed vocabularies (protocol names, decoder formats, cache names): never identifiers,
 * paths or query strings, which would make one time series per image.
 *
 * @since 1.0
 */
@ProviderType
public interface ServerMetrics {

    /** What a caller records into while no metrics service is bound: nothing, at no cost. */
    ServerMetrics NONE = new ServerMetrics() {
        @Override
        public void request(String protocol, int status, long nanos) {
            // no metrics bundle
        }

        @Override
        public void cacheLookup(String cache, boolean hit) {
            // no metrics bundle
        }

        @Override
        public void decode(String format, long nanos) {
            // no metrics bundle
        }

        @Override
        public AutoCloseable openImages(IntSupplier count) {
            return () -> { };
        }
    };

    /**
     * One HTTP request answered.
     *
     * @param protocol the protocol that answered ({@code iip}, {@code iiif}...), or {@code none} when no protocol
     *        was found for the address
     * @param status the HTTP status sent
     * @param nanos the time from the request's arrival to the end of its answer, in nanoseconds
     */
    void request(String protocol, int status, long nanos);

    /**
     * One look-up in one response cache.
     *
     * @param cache the cache's name (see the engine's documentation of cache names)
     * @param hit whether the cache held a fresh answer
     */
    void cacheLookup(String cache, boolean hit);

    /**
     * Time spent in a decoder: opening an image, or reading a tile or a region of it.
     *
     * @param format the decoder's {@code gigatile.decoder.format}
     * @param nanos the time taken, in nanoseconds
     */
    void decode(String format, long nanos);

    /**
     * Publishes the number of images held open, read when the metrics are collected.
     *
     * @param count the number now; called from the collecting thread, so it must be thread-safe
     * @return closing it withdraws the gauge (when its owner goes away); it never throws
     */
    AutoCloseable openImages(IntSupplier count);
}
