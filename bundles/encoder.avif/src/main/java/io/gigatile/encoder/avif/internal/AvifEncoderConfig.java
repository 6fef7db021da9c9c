/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link AvifEncoder}, under PID {@code io.gigatile.encoder.avif}. */
@ObjectClassDefinition(id = "io.gigatile.encoder.avif", name = "Gigatile AVIF encoder",
        description = "Writes AVIF with the system's libavif.")
@interface AvifEncoderConfig {

    /** @return the quality when a request names none */
    @AttributeDefinition(name = "Quality", min = "-1", max = "100",
            description = "Quality from 0 (smallest) to 100 (best) when a request names none (iipsrv's"
                    + " AVIF_QUALITY, default 50); -1 writes lossless AVIF.")
    int quality() default 50;

    /** @return the AV1 encoder, in iipsrv's numbers */
    @AttributeDefinition(name = "Codec", min = "0", max = "3",
            description = "The AV1 encoder libavif uses (iipsrv's AVIF_CODEC): 0 the first one present, 1 aom,"
                    + " 2 rav1e, 3 SVT-AV1. One that libavif lacks here means 0, with a warning.")
    int codec() default 0;

    /** @return libavif's speed */
    @AttributeDefinition(name = "Speed", min = "0", max = "10",
            description = "libavif's speed, 0 (slowest, smallest) to 10 (fastest, iipsrv's choice).")
    int speed() default 10;
}
