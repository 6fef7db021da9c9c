/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageSource;
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
 * @param maxLayers iipsrv's MAX_LAYERS: 0 the decoder's default number of quality layers, -1 all of them, a
 *        positive number at most that many
 * @param maxIcc iipsrv's MAX_ICC: ICC profiles of this many bytes and more are not embedded in answers; -1 every
 *        profile, 0 none
 */
record EngineSettings(int maxSize, boolean allowUpscaling, int interpolation, boolean codecPassthrough,
        int maxMetadataCache, int maxLayers, int maxIcc) {

    /** iipsrv's default MAX_CVT. */
    static final int DEFAULT_MAX_SIZE = 5000;

    /** iipsrv's default MAX_ICC. */
    static final int DEFAULT_MAX_ICC = 65536;

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

    /** Settings with the decoders' default number of quality layers. */
    EngineSettings(int maxSize, boolean allowUpscaling, int interpolation, boolean codecPassthrough,
            int maxMetadataCache) {
        this(maxSize, allowUpscaling, interpolation, codecPassthrough, maxMetadataCache, 0);
    }

    /** Settings with iipsrv's default limit on embedded profiles. */
    EngineSettings(int maxSize, boolean allowUpscaling, int interpolation, boolean codecPassthrough,
            int maxMetadataCache, int maxLayers) {
        this(maxSize, allowUpscaling, interpolation, codecPassthrough, maxMetadataCache, maxLayers,
                DEFAULT_MAX_ICC);
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
        // as iipsrv's Environment::getMaxCVT: 0 is the default, below -1 is 1; never "no limit" by mistake
        if (maxSize == 0) {
            LOG.warn("maxSize 0 is not a size; using the default {}", DEFAULT_MAX_SIZE);
            maxSize = DEFAULT_MAX_SIZE;
        } else if (maxSize < -1) {
            LOG.warn("maxSize {} is below -1; using 1, as iipsrv does", maxSize);
            maxSize = 1;
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
        int layers = Math.max(-1, config.maxLayers());
        return new EngineSettings(maxSize, config.allowUpscaling(), interpolation, config.codecPassthrough(),
                cache, layers, Math.max(-1, config.maxIcc()));
    }

    /**
     * The quality layers to decode for a request, as iipsrv's View::getLayers: a positive MAX_LAYERS caps what
     * the request asks (and is used when it asks nothing); MAX_LAYERS -1 means all unless the request asks.
     *
     * @param requested the request's layers, 0 when it names none
     * @return the layers to ask the source for: {@code ImageSource.DEFAULT_LAYERS}, {@code ALL_LAYERS} or a count
     */
    int layers(int requested) {
        if (maxLayers > 0) {
            return requested > 0 && requested < maxLayers ? requested : maxLayers;
        }
        if (maxLayers < 0 && requested <= 0) {
            return ImageSource.ALL_LAYERS;
        }
        return Math.max(requested, ImageSource.DEFAULT_LAYERS);
    }

    /**
     * @param profile an image's ICC profile
     * @return whether answers may carry it, as iipsrv's MAX_ICC decides
     */
    boolean embeds(byte[] profile) {
        return maxIcc < 0 || profile.length < maxIcc;
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
