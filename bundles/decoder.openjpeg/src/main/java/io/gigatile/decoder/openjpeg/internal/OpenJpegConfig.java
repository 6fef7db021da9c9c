/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link OpenJpegDecoder}, under PID {@code io.gigatile.decoder.openjpeg}. */
@ObjectClassDefinition(id = OpenJpegDecoder.PID, name = "Gigatile OpenJPEG decoder",
        description = "Decodes JPEG 2000 with the system's OpenJPEG library, where it loads.")
@interface OpenJpegConfig {

    /** @return OpenJPEG's threads per decode */
    @AttributeDefinition(name = "Threads per decode", min = "1", max = "64",
            description = "Threads OpenJPEG uses for one decode (opj_codec_set_threads; iipsrv takes"
                    + " OMP_NUM_THREADS). Requests already run in parallel, so 1, the calling thread alone, is"
                    + " best for a busy server; more make single large regions faster.")
    int threads() default OpenJpegDecoder.DEFAULT_THREADS;

    /** @return the largest area one read decodes */
    @AttributeDefinition(name = "Maximum pixels per read", min = "1",
            description = "Pixels of the largest rectangle one read may decode, at the resolution it is decoded"
                    + " at; larger reads are refused (LimitExceededException). OpenJPEG holds 4 bytes per sample"
                    + " of it while decoding.")
    long maxPixels() default OpenJpegDecoder.DEFAULT_MAX_PIXELS;

    /** @return how many decodes run at once; 0 for two per processor */
    @AttributeDefinition(name = "Decodes at once", min = "0",
            description = "How many decodes run at the same time; further reads wait for one to end. 0 means two"
                    + " per processor. Each decode holds OpenJPEG's buffers outside the Java heap, so more decodes"
                    + " than processors hold more memory for no more tiles per second.")
    int concurrentDecodes() default 0;
}
