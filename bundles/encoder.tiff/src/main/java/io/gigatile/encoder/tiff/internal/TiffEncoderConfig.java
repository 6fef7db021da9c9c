/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link TiffEncoder}, under PID {@code io.gigatile.encoder.tiff}. */
@ObjectClassDefinition(id = "io.gigatile.encoder.tiff", name = "Gigatile TIFF encoder",
        description = "Writes TIFF, one strip per block of rows.")
@interface TiffEncoderConfig {

    /** @return iipsrv's TIFF_COMPRESSION code */
    @AttributeDefinition(name = "Compression",
            description = "iipsrv's TIFF_COMPRESSION codes: 0 none, 1 LZW, 2 deflate (the default). 3 (JPEG),"
                    + " 4 (WebP) and 5 (Zstandard) are not written by this encoder: deflate is used and a"
                    + " warning logged.")
    int compression() default TiffEncoder.DEFLATE;

    /** @return the deflate level when a request names none */
    @AttributeDefinition(name = "Quality", min = "0", max = "9",
            description = "zlib level of deflate compression from 0 (stored) to 9 (smallest) when a request names"
                    + " none (iipsrv's TIFF_QUALITY, default 1); values outside the range are clamped. LZW has no"
                    + " levels.")
    int quality() default 1;
}
