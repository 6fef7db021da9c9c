/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link PngEncoder}, under PID {@code io.gigatile.encoder.png}. */
@ObjectClassDefinition(id = "io.gigatile.encoder.png", name = "Gigatile PNG encoder",
        description = "Writes PNG with the JDK's zlib.")
@interface PngEncoderConfig {

    /** @return the default zlib level */
    @AttributeDefinition(name = "Compression", min = "0", max = "9",
            description = "zlib compression level from 0 (stored, fastest) to 9 (smallest) when a request names"
                    + " none (iipsrv's PNG_QUALITY); values outside the range are clamped.")
    int compression() default PngEncoder.DEFAULT_COMPRESSION;
}
