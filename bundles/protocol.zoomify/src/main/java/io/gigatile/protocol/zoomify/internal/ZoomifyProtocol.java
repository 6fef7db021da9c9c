/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.propertytypes.ProtocolName;
import io.gigatile.api.protocol.PowerOfTwoTiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zoomify as iipsrv serves it: {@code {id}/ImageProperties.xml} answers the image's properties and
 * {@code {id}/TileGroup{n}/{tier}-{column}-{row}.jpg} one tile, at {@code /zoomify/...} and in iipsrv's
 * {@code ?Zoomify=} form. Stateless and thread-safe.
 */
@Component(service = Protocol.class)
@ProtocolName(protocol = "zoomify")
public final class ZoomifyProtocol implements Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(ZoomifyProtocol.class);
    /** iipsrv sends ImageProperties.xml as {@code application/xml}. */
    static final String XML = "application/xml";

    private final ImageService service;

    /**
     * @param service the engine
     */
    @Activate
    public ZoomifyProtocol(@Reference(name = "imageService") ImageService service) {
        this.service = service;
        LOG.debug("Zoomify protocol active: no configuration of its own; tiles follow the engine's limits");
    }

    @Override
    public ProtocolResponse handle(ProtocolRequest request) {
        ZoomifyPath path = ZoomifyPath.parse(request.path());
        ResolvedImage resolved = service.image(path.identifier());
        ImageInfo info = resolved.info();
        ZoomifyTiers tiers = new ZoomifyTiers(info);
        if (path instanceof ZoomifyPath.Tile tile) {
            PowerOfTwoTiles.Target target = tiers.tile(tile.group(), tile.tier(), tile.column(), tile.row());
            // IIP commands before the protocol's key in iipsrv's URL process the tile, as there
            ImageRequest image = request.processing().applyTo(ImageRequest.builder(tile.identifier())
                    .region(target.region()).size(target.size()).format(format(tile.suffix()))).build();
            return ProtocolResponse.of(resolved.render(image));
        }
        return ProtocolResponse.text(XML, tiers.properties(), resolved.lastModified());
    }

    /** iipsrv sends JPEG whatever the suffix; a png tile is sent only where an encoder writes png. */
    private String format(String suffix) {
        return suffix.equals("png") && service.supportsFormat("png") ? "png" : "jpg";
    }
}
