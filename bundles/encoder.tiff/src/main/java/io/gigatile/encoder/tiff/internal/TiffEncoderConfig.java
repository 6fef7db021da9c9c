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
            description = "iipsrv's TIFF_COMPRESSION codes: 0 none, 1 LZW, 2 deflate (the default), 3 JPEG,"
                    + " 4 WebP, 5 Zstandard. JPEG and WebP need the server's JPEG and WebP encoders, Zstandard"
                    + " libzstd: while one is missing, deflate is written and a warning logged.")
    int compression() default TiffEncoder.DEFLATE;

    /** @return the level or quality when a request names none */
    @AttributeDefinition(name = "Quality", min = "0", max = "100",
            description = "iipsrv's TIFF_QUALITY (default 1), when a request names none: the zlib level of"
                    + " deflate (0 stored to 9 smallest), the zstd level (0 libzstd's default, 1 fastest to 19"
                    + " smallest), the JPEG or WebP quality (0 to 100; JPEG takes 0 as 1); values outside a"
                    + " compression's range are clamped to it. LZW has no levels.")
    int quality() default 1;
}
