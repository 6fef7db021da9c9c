/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An encoded response image, as the engine renders it and response caches keep it.
 *
 * @param bytes the encoded image
 * @param mediaType its media type
 * @param lastModified when the source image last changed
 * @param version what the rendering was made from, as the engine writes it: the stored image's version
 *        ({@link StoredImage#version()}) and the decoder that read it; since 2.0. Caches keep it as given; the
 *        engine serves a cached rendering only for the image's current version read by a decoder still present
 * @param cacheKey the request's canonical key
 * @since 1.0
 */
public record RenderedImage(byte[] bytes, String mediaType, Instant lastModified, String version,
        String cacheKey) {

    /** Checks the fields. */
    public RenderedImage {
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(lastModified);
        Objects.requireNonNull(version);
        Objects.requireNonNull(cacheKey);
    }
}
