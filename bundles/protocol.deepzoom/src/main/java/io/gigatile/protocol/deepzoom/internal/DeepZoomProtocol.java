/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

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
 * Microsoft DeepZoom as iipsrv serves it: {@code {id}.dzi} answers the descriptor and
 * {@code {id}_files/{level}/{column}_{row}.jpg} one tile, at {@code /deepzoom/...} and in iipsrv's
 * {@code ?DeepZoom=} form. Stateless and thread-safe.
 */
@Component(service = Protocol.class)
@ProtocolName(protocol = "deepzoom")
public final class DeepZoomProtocol implements Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(DeepZoomProtocol.class);
    /** iipsrv sends its descriptors as {@code application/xml}. */
    static final String XML = "application/xml";

    private final ImageService service;

    /**
     * @param service the engine
     */
    @Activate
    public DeepZoomProtocol(@Reference(name = "imageService") ImageService service) {
        this.service = service;
        LOG.debug("DeepZoom protocol active: no configuration of its own; tiles follow the engine's limits");
    }

    @Override
    public ProtocolResponse handle(ProtocolRequest request) {
        DeepZoomPath path = DeepZoomPath.parse(request.path());
        ResolvedImage resolved = service.image(path.identifier());
        ImageInfo info = resolved.info();
        DeepZoomPyramid pyramid = new DeepZoomPyramid(info);
        if (path instanceof DeepZoomPath.Tile tile) {
            PowerOfTwoTiles.Target target = pyramid.tile(tile.level(), tile.column(), tile.row());
            // IIP commands before the protocol's key in iipsrv's URL process the tile, as there
            ImageRequest image = request.processing().applyTo(ImageRequest.builder(tile.identifier())
                    .region(target.region()).size(target.size()).format(format(tile.suffix()))).build();
            return ProtocolResponse.of(resolved.render(image));
        }
        return ProtocolResponse.text(XML, pyramid.descriptor(), resolved.lastModified());
    }

    /** iipsrv sends JPEG whatever the suffix; a png tile is sent only where an encoder writes png. */
    private String format(String suffix) {
        return suffix.equals("png") && service.supportsFormat("png") ? "png" : "jpg";
    }
}
