/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@link IiifProtocol}, under PID {@code io.gigatile.protocol.iiif}. Defaults are iipsrv's. */
@ObjectClassDefinition(id = IiifConfig.PID, name = "Gigatile IIIF protocol",
        description = "The IIIF Image API 3.0, 2.1 and 1.1 at /iiif/3, /iiif/2, /iiif/1, /iiif and iipsrv's ?IIIF="
                + " form.")
@interface IiifConfig {

    /** The PID, also used by the environment mapping. */
    String PID = "io.gigatile.protocol.iiif";

    /** @return the version of paths without one */
    @AttributeDefinition(name = "Default version",
            description = "Image API version (1, 2 or 3; another value means 3) answering /iiif/{id}/... and ?IIIF="
                    + " requests (iipsrv's IIIF_VERSION), unless the client's Accept header names another version's"
                    + " context, as iipsrv reads it; /iiif/1/, /iiif/2/ and /iiif/3/ always answer their own version.")
    int version() default 3;

    /** @return the base of info.json ids */
    @AttributeDefinition(name = "Base URL",
            description = "Prefix of the image identifier in info.json ids and canonical links, for servers behind"
                    + " a proxy that rewrites URLs (iipsrv's BASE_URL); empty to use the address the client used."
                    + " A per-request X-IIIF-ID header overrides it.")
    String baseUrl() default "";

    /** @return the fallback rights statement */
    @AttributeDefinition(name = "Copyright",
            description = "Rights statement for images without their own (iipsrv's COPYRIGHT): a URI goes into"
                    + " rights (3.0) or license (2.1), text into attribution (2.1 only); 1.1 has no place for it.")
    String copyright() default "";

    /** @return raw JSON members for info.json */
    @AttributeDefinition(name = "Extra info.json members",
            description = "JSON members such as \"logo\": \"https://...\" added to every info.json (iipsrv's"
                    + " IIIF_EXTRA_INFO); ignored with a warning if they do not parse as JSON members.")
    String extraInfo() default "";

    /** @return the largest output area */
    @AttributeDefinition(name = "Maximum area",
            description = "Largest output width x height in pixels, advertised as maxArea; -1 for the engine's"
                    + " maximum size squared (none when that is unlimited).")
    long maxArea() default -1;

    /** @return what separates an identifier from a page number */
    @AttributeDefinition(name = "Page delimiter",
            description = "iipsrv's IIIF_DELIMITER: with ';', the identifier stack.tif;2 names page 2 of a stack"
                    + " (the view at horizontal angle 2 of a sequence). Empty for none.")
    String delimiter() default "";

    /** @return whether iipsrv's extra qualities are served */
    @AttributeDefinition(name = "Extra qualities",
            description = "iipsrv's IIIF_EXTENSIONS: the qualities negative, stretch, equalization and log (as IIP's"
                    + " INV, CNT=st, CNT=eq and GAM=log), advertised in info.json where their transforms are present.")
    boolean extensions() default false;
}
