/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.TransformContext;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformAlways;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * iipsrv's watermark (iip:src/Watermark.cc): a configured image added to every rendered tile and region, last.
 * A tile gets one watermark, with the configured probability, at a random place; a region is cut into square
 * blocks of twice the image's full-resolution tile size and each block gets one in the same way, as iipsrv's CVT
 * does. Active only while configured with a readable image: without one the component is not activated and the
 * engine never gets it, so that there is no watermark rather than a broken one. Keeps no state between calls but
 * the mark, read once.
 */
@Component(service = Transform.class, configurationPid = WatermarkTransform.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WatermarkConfig.class)
@TransformName(transform = "watermark")
@TransformStage(TransformStage.WATERMARK)
@TransformAlways
public final class WatermarkTransform implements Transform {
    static final String PID = "io.gigatile.transform.watermark";
    /** iipsrv's WATERMARK_PROBABILITY default. */
    static final float DEFAULT_PROBABILITY = 1.0f;
    /** iipsrv's WATERMARK_OPACITY default. */
    static final float DEFAULT_OPACITY = 1.0f;

    private static final Logger LOG = LoggerFactory.getLogger(WatermarkTransform.class);

    private final Mark mark;
    private final float probability;
    private final float opacity;

    /**
     * @param config the component configuration
     * @throws IOException if the image cannot be read (logged once as a warning); the component is then not
     *         activated and no one gets the service
     */
    @Activate
    public WatermarkTransform(WatermarkConfig config) throws IOException {
        this(config.image(), config.probability(), config.opacity());
        LOG.debug("watermark transform active with image {}, probability {}, opacity {}", config.image(),
                probability, opacity);
    }

    /**
     * @param image path of the watermark image file
     * @param probability chance of a watermark per tile or block; taken into 0..1
     * @param opacity strength; taken into 0..1
     * @throws IOException if the image is missing, empty, unreadable or too large
     */
    WatermarkTransform(String image, float probability, float opacity) throws IOException {
        this.probability = fraction("probability", probability, DEFAULT_PROBABILITY);
        this.opacity = fraction("opacity", opacity, DEFAULT_OPACITY);
        if (image == null || image.isBlank()) {
            LOG.warn("no watermark: the configuration names no image");
            throw new IOException("no watermark image is configured");
        }
        try {
            this.mark = Mark.of(MarkReader.read(Path.of(image)), this.opacity);
        } catch (IOException | RuntimeException e) {
            LOG.warn("no watermark: cannot use the image {}: {}", image, e.getMessage());
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** iipsrv clamps both values into 0..1 (Environment.h); not a number keeps the default. */
    static float fraction(String name, float value, float fallback) {
        if (Float.isNaN(value)) {
            LOG.warn("watermark {} is not a number; using {}", name, fallback);
            return fallback;
        }
        if (value < 0 || value > 1) {
            float clamped = value < 0 ? 0 : 1;
            LOG.warn("watermark {} {} is outside 0..1; using {}", name, value, clamped);
            return clamped;
        }
        return value;
    }

    /** Without a context the raster is one block, as a tile is. */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        return watermark(input, arguments, 0);
    }

    /**
     * @param input 8-bit unsigned samples, any number of bands (the engine's guarantee at this stage)
     * @param arguments none
     * @param context whether the answer is a tile, and the image's tile size
     * @return a new raster with the watermark added ({@code BILEVEL} becomes {@code GREY}), or {@code input} if
     *         no tile or block drew one
     * @throws BadRequestException if arguments are given
     * @throws UnsupportedFormatException (a feature) for other samples: refused rather than served unmarked
     */
    @Override
    public Raster apply(Raster input, List<String> arguments, TransformContext context) {
        return watermark(input, arguments, context == null || context.isTile() ? 0 : block(context));
    }

    /** iipsrv's CVT: twice the larger side of the image's tiles. */
    private static int block(TransformContext context) {
        Level full = context.image().levels().get(0);
        return (int) Math.min(Integer.MAX_VALUE, 2L * Math.max(full.tileWidth(), full.tileHeight()));
    }

    /**
     * @param block the side of the square blocks a region is cut into, 0 for one block over the whole raster
     */
    private Raster watermark(Raster input, List<String> arguments, int block) {
        if (!arguments.isEmpty()) {
            throw new BadRequestException("watermark takes no arguments");
        }
        if (!input.isByteBacked() || input.bitsPerSample() != 8 || input.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException("watermarks need 8-bit samples", true);
        }
        if (probability == 0 || opacity == 0) {
            return input;
        }
        byte[] out = Placement.stamp(mark, input, block, probability, ThreadLocalRandom.current());
        if (out == null) {
            return input;
        }
        // the mark adds grey levels to black and white
        ColourSpace space = input.colourSpace() == ColourSpace.BILEVEL ? ColourSpace.GREY : input.colourSpace();
        return Raster.ofBytes(input.width(), input.height(), input.bands(), space, out);
    }

    /** @return the probability in use, for tests */
    float probability() {
        return probability;
    }

    /** @return the opacity in use, for tests */
    float opacity() {
        return opacity;
    }

    /** @return the mark, for tests */
    Mark mark() {
        return mark;
    }
}
