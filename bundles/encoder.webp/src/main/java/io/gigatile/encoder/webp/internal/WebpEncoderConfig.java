/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link WebpEncoder}, under PID {@code io.gigatile.encoder.webp}. */
@ObjectClassDefinition(id = "io.gigatile.encoder.webp", name = "Gigatile WebP encoder",
        description = "Writes WebP with the system's libwebp.")
@interface WebpEncoderConfig {

    /** @return the quality when a request names none */
    @AttributeDefinition(name = "Quality", min = "-1", max = "100",
            description = "Lossy quality from 0 to 100 when a request names none (iipsrv's WEBP_QUALITY, default"
                    + " 50); -1 writes lossless WebP.")
    int quality() default 50;
}
