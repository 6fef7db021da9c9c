/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.protocol.size;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.propertytypes.ProtocolName;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /size/{identifier}} answers {@code {"width":..,"height":..,"levels":..,"software":".."}}. The http
 * bundle mounts it at {@code /size} because of its {@link ProtocolName}; errors are thrown as the API's exceptions
 * and the http bundle turns them into statuses, as for the server's own protocols.
 */
@Component(service = Protocol.class)
@ProtocolName(protocol = "size")
public final class SizeProtocol implements Protocol {
    private final ImageService images;
    private final String software;

    @Activate
    public SizeProtocol(@Reference ImageService images, BundleContext context) {
        this(images, context.getBundle().getVersion());
    }

    SizeProtocol(ImageService images, Version version) {
        this.images = images;
        this.software = "Gigatile example size protocol " + version.getMajor() + "." + version.getMinor() + "."
                + version.getMicro();
    }

    @Override
    public ProtocolResponse handle(ProtocolRequest request) {
        String path = request.path();
        if (path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new BadRequestException("the address is /size/{identifier}, with / in the identifier as %2F");
        }
        String identifier;
        try {
            identifier = URLDecoder.decode(path.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("the identifier is not properly percent-encoded");
        }
        ResolvedImage image = images.image(identifier);
        ImageInfo info = image.info();
        String json = String.format(Locale.ROOT, "{\"width\":%d,\"height\":%d,\"levels\":%d,\"software\":\"%s\"}\n",
                info.width(), info.height(), info.levels().size(), software);
        return ProtocolResponse.text("application/json", json, image.lastModified());
    }
}
