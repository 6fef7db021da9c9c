/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the viewer page, under PID {@code io.gigatile.viewer}. */
@ObjectClassDefinition(id = ViewerConfig.PID, name = "Gigatile viewer",
        description = "The web page at /: the images under the image root, and OpenSeadragon on one of them.")
@interface ViewerConfig {
    String PID = "io.gigatile.viewer";

    /** @return entries per page */
    @AttributeDefinition(name = "Page size", description = "Folders and images listed per page (1 to 1000).")
    int pageSize() default 60;

    /** @return thumbnail size */
    @AttributeDefinition(name = "Thumbnail size",
            description = "Largest side of a thumbnail in pixels (16 to 1024), asked of the server's IIIF.")
    int thumbnailSize() default 160;
}
