/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's configuration as plain values, checked once.
 *
 * @param maxSize largest output side, -1 for none
 * @param allowUpscaling whether outputs may be larger than their region
 * @param interpolation 0 nearest, 1 bilinear
 * @param codecPassthrough whether stored tiles may be sent as they are
 * @param maxMetadataCache open sources to keep, -1 for no limit, 0 for none
 */
record EngineSettings(int maxSize, boolean allowUpscaling, int interpolation, boolean codecPassthrough,
        int maxMetadataCache) {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSettings.class);

    /** Samples one read may hold when there is no size limit: 256 MB of 8-bit samples. */
    static final long UNLIMITED_READ_SAMPLES = 1L << 28;

    EngineSettings {
        if (maxSize == 0 || maxSize < -1) {
            throw new IllegalArgumentException("maxSize must be positive or -1, not " + maxSize);
        }
        if (interpolation != 0 && interpolation != 1) {
            throw new IllegalArgumentException("interpolation must be 0 or 1, not " + interpolation);
        }
        if (maxMetadataCache < -1) {
            throw new IllegalArgumentException("maxMetadataCache must be -1 or more, not " + maxMetadataCache);
        }
    }

    /**
     * Reads a configuration, replacing values out of range (with a warning) rather than failing: a typo in
     * an operator's file must not take the whole server down.
     *
     * @param config the component configuration
     * @return the settings
     */
    static EngineSettings of(EngineConfig config) {
        int maxSize = config.maxSize();
        if (maxSize < 1 && maxSize != -1) {
            LOG.warn("maxSize {} is not a positive size or -1; using -1 (no limit)", maxSize);
            maxSize = -1;
        }
        int interpolation = config.interpolation();
        if (interpolation != 0 && interpolation != 1) {
            LOG.warn("interpolation {} is neither 0 nor 1; using 1 (bilinear)", interpolation);
            interpolation = 1;
        }
        int cache = config.maxMetadataCache();
        if (cache < -1) {
            LOG.warn("maxMetadataCache {} is below -1; using -1 (no limit)", cache);
            cache = -1;
        }
        return new EngineSettings(maxSize, config.allowUpscaling(), interpolation, config.codecPassthrough(),
                cache);
    }

    boolean limitsSize() {
        return maxSize > 0;
    }

    /**
     * Largest number of pixels one read may cover: four times the largest output, since the level chosen
     * for an output is at most twice its size each way; without a size limit, a fixed sample budget.
     *
     * @param bands samples per pixel
     * @return the pixel bound
     */
    long maxReadPixels(int bands) {
        return limitsSize() ? 4L * maxSize * maxSize : UNLIMITED_READ_SAMPLES / Math.max(1, bands);
    }
}
