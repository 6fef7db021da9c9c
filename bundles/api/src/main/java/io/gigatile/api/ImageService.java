/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The engine, as protocols see it. A protocol looks an identifier up once per request with {@link #image} and
 * asks the answer for the image's description, version and renderings, so that one request costs one store
 * lookup. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ImageService {

    /**
     * Resolves an identifier in the store its route prefix chooses.
     *
     * @param identifier the image identifier, URL-decoded once
     * @return the image, found once; good for one request
     * @throws ImageNotFoundException if there is no such image
     * @throws BadRequestException if the identifier is malformed
     * @throws SourceUnavailableException if the store does not answer, or not in time
     * @since 2.0
     */
    ResolvedImage image(String identifier);

    /**
     * Forgets what the server holds of one image (what its store answered, its open source, its decoded tiles,
     * its responses in the caches that can find them), so that the next request reads it anew.
     *
     * @param identifier the image identifier, as requests name it
     * @throws ImageNotFoundException if no store takes the identifier
     * @since 2.1
     */
    void purge(String identifier);

    /**
     * Forgets what the server holds of every image, the response caches' entries included.
     *
     * @since 2.1
     */
    void purgeAll();

    /** @return the limits in force */
    ServiceLimits limits();

    /**
     * @param format an output format name
     * @return true if an encoder for it is present, or was and went away (a bundle being updated or restarted):
     *         rendering in that format then fails with {@link SourceUnavailableException} until one is back
     */
    boolean supportsFormat(String format);

    /**
     * Whether a quality can be rendered: default and colour always; grey and bitonal need the transforms that
     * make them, which are bundles that may be absent. A protocol advertises only what this says.
     *
     * @param quality a quality
     * @return whether requests with it can be rendered
     * @since 2.5
     */
    default boolean supportsQuality(Quality quality) {
        return true;
    }

    /**
     * Whether a transform step of this name can be applied: transforms are bundles that may be absent. A protocol
     * that offers a transform under a name of its own (IIIF's extra qualities) advertises it only where this says.
     *
     * @param name a transform's name, as {@link TransformStep#name()} gives it
     * @return whether requests with that step can be rendered
     * @since 2.7
     */
    default boolean supportsTransform(String name) {
        return true;
    }
}
