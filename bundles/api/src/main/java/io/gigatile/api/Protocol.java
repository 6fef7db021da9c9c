/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns one protocol's requests (IIP, IIIF, Zoomify, DeepZoom) into calls on {@link ImageService} and writes
 * its responses. Registered with the property of {@link io.gigatile.api.propertytypes.ProtocolName}; the http
 * bundle routes {@code /<name>/...} and iipsrv's {@code ?<NAME>=} form to it. Knows nothing of servlets.
 * Called concurrently.
 *
 * @since 1.0
 */
@ConsumerType
public interface Protocol {

    /**
     * @param request the request
     * @return the response
     * @throws GigatileException for any failure the client caused or should hear of; the http bundle maps it
     */
    ProtocolResponse handle(ProtocolRequest request);
}
