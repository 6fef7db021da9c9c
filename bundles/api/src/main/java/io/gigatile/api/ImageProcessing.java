/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;
import java.util.Objects;

/**
 * Processing that a request carries from outside its protocol's own syntax: iipsrv's URL lets IIP commands (CNT,
 * GAM, CMP, INV, ..., QLT) come before {@code IIIF=}, {@code DeepZoom=} or {@code Zoomify=}, and iipsrv applies them
 * to what those protocols answer. A protocol adds it to each image it asks for with {@link #applyTo}.
 *
 * @param steps transform steps, in the order they apply
 * @param quality encoder quality, -1 for the default
 * @param compression the compression inside the format, such as {@code lzw} for TIFF, or null
 * @since 2.8
 */
public record ImageProcessing(List<TransformStep> steps, int quality, String compression) {
    /** Nothing to add. */
    public static final ImageProcessing NONE = new ImageProcessing(List.of(), -1, null);

    /** Copies the steps. */
    public ImageProcessing {
        steps = List.copyOf(steps);
    }

    /** @return whether this adds nothing to a request */
    public boolean isNone() {
        return steps.isEmpty() && quality < 0 && compression == null;
    }

    /**
     * @param request an image request being built
     * @return the same builder, with the steps appended and the quality and compression set where given
     */
    public ImageRequest.Builder applyTo(ImageRequest.Builder request) {
        Objects.requireNonNull(request);
        steps.forEach(request::transform);
        if (quality >= 0) {
            request.encodeQuality(quality);
        }
        if (compression != null) {
            request.encodeCompression(compression);
        }
        return request;
    }
}
