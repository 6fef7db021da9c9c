/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link ImageIoDecoder}, under PID {@code io.gigatile.decoder.imageio}. */
@ObjectClassDefinition(id = ImageIoDecoder.PID, name = "Gigatile ImageIO decoder",
        description = "Serves every image an ImageIO reader reads as a virtual pyramid, within memory bounds.")
@interface ImageIoDecoderConfig {

    /** @return the largest image in megapixels */
    @AttributeDefinition(name = "Largest image", min = "1",
            description = "Megapixels (10^6 pixels) of the largest image served, as its header says; larger ones"
                    + " are refused with 'limit exceeded' before anything is decoded.")
    int maxImageMegapixels() default 1000;

    /** @return the most pixels one read decodes */
    @AttributeDefinition(name = "Largest read", min = "1",
            description = "Megapixels one read decodes at once: a full-width strip of a level (read at twice the"
                    + " level's size for levels below the first). Images so wide that one row of tiles needs more"
                    + " are refused with 'limit exceeded'.")
    int maxReadMegapixels() default 16;

    /** @return the largest image a reader that decodes whole images may open */
    @AttributeDefinition(name = "Largest whole decode", min = "1",
            description = "Megapixels of the largest image whose reader is not among the streaming formats:"
                    + " such readers decode the whole image for any region, so larger images are refused with"
                    + " 'limit exceeded'.")
    int maxWholeDecodeMegapixels() default 64;

    /** @return formats whose readers decode regions without holding the whole image */
    @AttributeDefinition(name = "Streaming formats",
            description = "ImageIO format names (lower case) whose readers decode a region row by row without"
                    + " holding the whole image, so that images of any size up to the largest image are served.")
    String[] streamingFormats() default {"jpeg", "jpg", "png", "gif", "bmp", "wbmp"};

    /** @return formats never read */
    @AttributeDefinition(name = "Excluded formats",
            description = "ImageIO format names (lower case) this decoder never reads, because a dedicated decoder"
                    + " serves them.")
    String[] excludedFormats() default {"tif", "tiff", "jpeg2000", "jpeg 2000"};

    /** @return megabytes of decoded strips kept */
    @AttributeDefinition(name = "Strip cache", min = "1",
            description = "Megabytes of decoded strips kept for all open images together (1 MB = 2^20 bytes).")
    int cacheMegabytes() default 128;

    /** @return the most strips decoded at once */
    @AttributeDefinition(name = "Concurrent decodes", min = "1",
            description = "Strips decoded at the same moment, for all images: bounds the memory decodes hold.")
    int concurrentDecodes() default 4;
}
