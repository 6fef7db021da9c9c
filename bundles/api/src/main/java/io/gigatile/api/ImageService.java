/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The engine, as protocols see it: image descriptions and rendered images by identifier. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ImageService {

    /**
     * @param identifier the image identifier
     * @return the image's description
     * @throws ImageNotFoundException if there is no such image
     * @throws UnsupportedFormatException if no decoder reads it
     * @throws DecodeFailureException if it is corrupt
     */
    ImageInfo info(String identifier);

    /**
     * @param identifier the image identifier
     * @return when the image's file last changed
     * @throws ImageNotFoundException if there is no such image
     */
    Instant lastModified(String identifier);

    /**
     * Renders a request: from the response caches if they hold it, else decoded, transformed and encoded.
     *
     * @param request the request
     * @return the encoded image
     * @throws ImageNotFoundException if there is no such image
     * @throws BadRequestException if the region or size make no sense for this image
     * @throws LimitExceededException if the output is larger than the limits allow
     * @throws UnsupportedFormatException if the image or the output format is unsupported
     * @throws DecodeFailureException if the image is corrupt
     */
    RenderedImage render(ImageRequest request);

    /** @return the limits in force */
    ServiceLimits limits();

    /**
     * @param format an output format name
     * @return true if an encoder for it is present
     */
    boolean supportsFormat(String format);
}
