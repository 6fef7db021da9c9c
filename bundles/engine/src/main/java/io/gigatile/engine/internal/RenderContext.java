/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.TransformContext;
import java.util.function.Supplier;

/**
 * The transform context of one request. The histogram is asked for only by the transforms that need it, so it
 * is computed (or looked up) on the first call.
 */
final class RenderContext implements TransformContext {
    private final ImageInfo image;
    private final boolean tile;
    private final Supplier<int[]> histogram;
    private int[] computed;

    RenderContext(ImageInfo image, boolean tile, Supplier<int[]> histogram) {
        this.image = image;
        this.tile = tile;
        this.histogram = histogram;
    }

    @Override
    public ImageInfo image() {
        return image;
    }

    /** One request's transforms run on one thread, one after the other: no lock needed. */
    @Override
    public int[] histogram() {
        if (computed == null) {
            computed = histogram.get();
        }
        return computed;
    }

    @Override
    public boolean isTile() {
        return tile;
    }
}
