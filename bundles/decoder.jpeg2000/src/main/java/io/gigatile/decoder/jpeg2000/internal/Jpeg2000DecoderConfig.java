/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link Jpeg2000Decoder}, under PID {@code io.gigatile.decoder.jpeg2000}. */
@ObjectClassDefinition(id = Jpeg2000Decoder.PID, name = "Gigatile JPEG 2000 decoder (Java)",
        description = "Decodes JPEG 2000 images with jj2000, in pure Java.")
@interface Jpeg2000DecoderConfig {

    /** @return the bound in megapixels */
    @AttributeDefinition(name = "Largest decode", min = "1",
            description = "Megapixels one read may reconstruct at once: the region read, and each codestream tile it"
                    + " needs at the level's resolution (jj2000 decodes whole tiles, about 4 bytes per pixel and"
                    + " component). Larger reads are refused with 'limit exceeded'; smaller levels of the image"
                    + " still work.")
    int maxDecodeMegapixels() default Jpeg2000Decoder.DEFAULT_MAX_DECODE_MEGAPIXELS;
}
