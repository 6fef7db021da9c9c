/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link WatermarkTransform}, under PID {@code io.gigatile.transform.watermark}. */
@ObjectClassDefinition(id = WatermarkTransform.PID, name = "Gigatile watermark",
        description = "Adds a watermark image to every rendered tile and region, as iipsrv's WATERMARK does. Without"
                + " a configuration, or with an image that cannot be read, there is no watermark.")
@interface WatermarkConfig {

    /** @return the path of the watermark image */
    @AttributeDefinition(name = "Image",
            description = "Path of the watermark image file (iipsrv's WATERMARK): TIFF or PNG, colour or grey, with"
                    + " or without alpha, at most 4096x4096 pixels. Read once, when the configuration arrives.")
    String image() default "";

    /** @return the chance of a watermark in each tile or block */
    @AttributeDefinition(name = "Probability", min = "0", max = "1",
            description = "Chance, 0 to 1, that a tile, or each block of a region, gets a watermark (iipsrv's"
                    + " WATERMARK_PROBABILITY). Values outside are taken as 0 or 1.")
    float probability() default WatermarkTransform.DEFAULT_PROBABILITY;

    /** @return the strength of the watermark */
    @AttributeDefinition(name = "Opacity", min = "0", max = "1",
            description = "Strength of the watermark, 0 to 1, multiplied into its colours with its alpha (iipsrv's"
                    + " WATERMARK_OPACITY). Values outside are taken as 0 or 1.")
    float opacity() default WatermarkTransform.DEFAULT_OPACITY;
}
