/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Gigatile HTTP",
        description = "Headers Gigatile adds to every response, and iipsrv's URI map.")
@interface HttpConfig {

    /** The PID, also used by the environment mapping. */
    String PID = "io.gigatile.http";

    @AttributeDefinition(name = "CORS origin", description = "Value of Access-Control-Allow-Origin on every "
            + "response (iipsrv's CORS); empty sends no CORS headers. The default, *, lets viewers on any site "
            + "use the images, which IIIF requires.")
    String cors() default "*";

    @AttributeDefinition(name = "Cache-Control", description = "Cache-Control header of successful responses "
            + "(iipsrv's CACHE_CONTROL).")
    String cacheControl() default "max-age=86400";

    @AttributeDefinition(name = "URI map", description = "iipsrv's URI_MAP, prefix=>protocol: paths under /prefix "
            + "go to that protocol (iiif, deepzoom, zoomify, or iip, whose image is then the rest of the path), "
            + "besides its own mount. An empty prefix takes every path no other mount takes.")
    String uriMap() default "";
}
