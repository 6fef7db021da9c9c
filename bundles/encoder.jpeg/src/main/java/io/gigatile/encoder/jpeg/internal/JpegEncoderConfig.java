/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link JpegEncoder}, under PID {@code io.gigatile.encoder.jpeg}. */
@ObjectClassDefinition(id = "io.gigatile.encoder.jpeg", name = "Gigatile JPEG encoder",
        description = "Writes baseline JPEG with the JDK's codec.")
@interface JpegEncoderConfig {

    /** @return the default quality */
    @AttributeDefinition(name = "Quality", min = "1", max = "100",
            description = "JPEG quality from 1 to 100 when a request names none (iipsrv's JPEG_QUALITY);"
                    + " values outside the range are clamped.")
    int quality() default JpegEncoder.DEFAULT_QUALITY;
}
