/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An image the engine found for one request: its description and its renderings, without asking the store
 * again. Meant to live for one request; a later request resolves anew and so sees a replaced image. Thread-safe.
 *
 * @since 2.0
 */
@ProviderType
public interface ResolvedImage {

    /** @return the identifier as the client gave it, route prefix included */
    String identifier();

    /**
     * @return the image's description; for an image sequence, its default view's, with the sequence's angles
     * @throws UnsupportedFormatException if no decoder reads the image
     * @throws DecodeFailureException if it is corrupt
     * @throws SourceUnavailableException if its store does not answer while it is opened
     */
    ImageInfo info();

    /** @return when the image last changed, as its store says */
    Instant lastModified();

    /** @return the store's version of the image (an ETag, or a modification time and length) */
    String version();

    /**
     * Renders a request for this image: from the response caches if they hold it for this version, else decoded,
     * transformed and encoded.
     *
     * @param request the request; its identifier must be this image's
     * @return the encoded image
     * @throws IllegalArgumentException if the request is for another image
     * @throws ImageNotFoundException if a requested view of a sequence does not exist
     * @throws BadRequestException if the region or size make no sense for this image
     * @throws LimitExceededException if the output is larger than the limits allow
     * @throws UnsupportedFormatException if the image or the output format is unsupported
     * @throws DecodeFailureException if the image is corrupt
     * @throws SourceUnavailableException if its store does not answer, or not in time
     */
    RenderedImage render(ImageRequest request);

    /**
     * The decoded samples of a rectangle of one level of one view, as the decoder gives them: not normalised,
     * not transformed, in the image's own sample type (for value queries such as IIP's SPECTRA and PFL).
     *
     * @param viewX the view's column (0 for an image without views)
     * @param viewY the view's row
     * @param level the level, 0 the largest
     * @param rect the rectangle within the level
     * @return the samples, {@code rect}'s size
     * @throws BadRequestException if the view, level or rectangle is outside the image
     * @throws LimitExceededException if the rectangle holds more than 1,048,576 pixels
     * @throws UnsupportedFormatException if no decoder reads the image
     * @throws DecodeFailureException if it is corrupt
     * @throws SourceUnavailableException if its store does not answer
     * @since 2.3
     */
    Raster samples(int viewX, int viewY, int level, Rect rect);
}
