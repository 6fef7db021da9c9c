/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.jp2.codestream.Jp2Source;

/**
 * An open JPEG 2000 image: the codestream's resolutions as levels, then levels made by averaging, all cut in
 * virtual tiles. Every read decodes only the codestream tiles it touches, at the level's resolution. Thread-safe:
 * reads share nothing that changes but the tile index, which is built once.
 */
final class Jpeg2000Source extends Jp2Source {
    private final NativeReader reader;
    private final int nativeLevels;

    /**
     * @param info the image's description, with its levels
     * @param reader reads the codestream's resolutions
     * @param nativeLevels how many of the levels are the codestream's resolutions
     */
    Jpeg2000Source(ImageInfo info, NativeReader reader, int nativeLevels) {
        super(info);
        this.reader = reader;
        this.nativeLevels = nativeLevels;
    }

    @Override
    protected Raster read(int level, Rect region, int layers) {
        int decoded = layers >= info().qualityLayers() ? Jj2000Chain.ALL_LAYERS : layers;
        Samples samples;
        if (level < nativeLevels) {
            samples = reader.read(level, region, decoded);
        } else {
            Level smallest = info().levels().get(nativeLevels - 1);
            samples = ReducedLevels.read(reader, nativeLevels - 1, smallest.width(), smallest.height(),
                    level - nativeLevels + 1, region, decoded);
        }
        return samples.toRaster(info().colourSpace());
    }

    /** Nothing to release: the byte source is the engine's, and reads still running keep what they use. */
    @Override
    public void close() {
        // reads hold their own views and chains
    }
}
