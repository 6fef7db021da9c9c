/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link Transform} may know beyond the pixels it is given, for one request. The engine provides it.
 *
 * @since 2.3
 */
@ProviderType
public interface TransformContext {

    /** @return the image (the view) the request reads */
    ImageInfo image();

    /**
     * The image's histogram as iipsrv computes it (Transforms.cc {@code histogram}): 256 bins over the smallest
     * level, each pixel counted once at the rounded mean of its bands, samples deeper than 8 bits first brought
     * to 8 bits over the image's range. Computed on the first call for an image and kept while it is open.
     *
     * @return the 256 bins (do not modify)
     */
    int[] histogram();

    /** @return true if the answer is one tile of the image, false for a region of any size */
    boolean isTile();
}
