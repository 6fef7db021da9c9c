/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link Engine}, under PID {@code io.gigatile.engine}. Defaults are iipsrv's. */
@ObjectClassDefinition(name = "Gigatile engine",
        description = "Limits and behaviour of the image pipeline that every protocol uses.")
@interface EngineConfig {

    /** @return the largest output width or height */
    @AttributeDefinition(name = "Maximum output size",
            description = "Largest width or height of a rendered region in pixels (iipsrv's MAX_CVT); -1 for no"
                    + " limit (0 means the default, below -1 means 1, as iipsrv reads them). Full-size requests"
                    + " larger than this are scaled down to fit.")
    int maxSize() default 5000;

    /** @return whether outputs may be larger than their region */
    @AttributeDefinition(name = "Allow upscaling",
            description = "Whether an output may be larger than its region at full resolution (iipsrv's"
                    + " ALLOW_UPSCALING). The request must still ask for it.")
    boolean allowUpscaling() default true;

    /** @return the resampling method */
    @AttributeDefinition(name = "Interpolation",
            description = "Resampling used when resizing (iipsrv's INTERPOLATION): 0 nearest neighbour, 1 bilinear"
                    + " (averaging whole areas when shrinking to less than half).")
    int interpolation() default 1;

    /** @return whether stored tiles may be sent without decoding */
    @AttributeDefinition(name = "Codec pass-through",
            description = "Send a stored tile's compressed bytes unchanged when a request asks for exactly that"
                    + " tile in its stored format (iipsrv's CODEC_PASSTHROUGH).")
    boolean codecPassthrough() default true;

    /** @return how many open images to keep */
    @AttributeDefinition(name = "Metadata cache size",
            description = "How many opened images (with their metadata) to keep open (iipsrv's"
                    + " MAX_METADATA_CACHE_SIZE); -1 for no limit, 0 to open the file for every request.")
    int maxMetadataCache() default 1000;

    /** @return seconds a resolved image is trusted before its store is asked again */
    @AttributeDefinition(name = "Revalidate after",
            description = "Seconds an image the store resolved is used without asking the store again; after"
                    + " that the store is asked whether it is unchanged (a file's attributes, a conditional"
                    + " request). 0 asks the store on every request. A replaced image is seen at most this long"
                    + " after it changed.")
    int revalidateAfter() default 2;

    /** @return megabytes of decoded tiles to keep */
    @AttributeDefinition(name = "Decoded tile cache size",
            description = "Megabytes of decoded tiles kept in memory, least recently used leave first, so that"
                    + " overlapping and neighbouring region requests do not decode the same tiles again."
                    + " 0 keeps none.")
    int tileCacheSize() default 64;

    /** @return quality layers to decode at most */
    @AttributeDefinition(name = "Maximum quality layers",
            description = "Quality layers decoded from images that have them (JPEG 2000; iipsrv's MAX_LAYERS):"
                    + " 0 the decoder's default (half of them, rounded up), -1 all of them, a positive number at"
                    + " most that many, whatever a request's LYR asks.")
    int maxLayers() default 0;

    /** @return seconds one decoder call may take */
    @AttributeDefinition(name = "Decode time limit",
            description = "Seconds a decoder may spend on one call (opening an image, reading a tile or a region)."
                    + " A decoder that takes longer keeps the thread it runs on, but its image then fails at once"
                    + " (500) instead of giving it more, until the call returns; every other image is served"
                    + " meanwhile. 0 for no limit.")
    int decodeTimeLimit() default 30;

    /** @return megabytes renders in flight may hold together */
    @AttributeDefinition(name = "Render memory",
            description = "Megabytes of heap that the renders in flight (regions, exports, decoded tiles) may"
                    + " hold together; renders beyond it wait their turn. 0 for half of the heap.")
    int renderMemory() default 0;

    /** @return seconds a render may wait for memory */
    @AttributeDefinition(name = "Render wait",
            description = "Seconds a render may wait for its share of the render memory before it is turned"
                    + " away with 503 and Retry-After.")
    int renderWait() default 10;

    /** @return the size from which ICC profiles are left out of answers */
    @AttributeDefinition(name = "Largest embedded ICC profile",
            description = "ICC profiles of this many bytes and more are not embedded in answers (iipsrv's"
                    + " MAX_ICC): -1 every profile, 0 none.")
    int maxIcc() default 65536;
}
