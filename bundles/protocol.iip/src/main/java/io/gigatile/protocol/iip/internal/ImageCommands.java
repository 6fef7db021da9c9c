/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Region;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Size;
import io.gigatile.api.UnsupportedFormatException;
import java.util.Locale;
import java.util.Map;

/**
 * The commands that answer with an image: JTL and its legacy form JTLS (one tile), and CVT (a region). Each sends
 * the engine the transform steps of MINMAX and of the processing commands before it.
 */
final class ImageCommands {
    /**
     * CVT values naming a format, with the format names Gigatile's encoders use. iipsrv sends JPEG for any other
     * value, and so does Gigatile; a format named here without its encoder is refused rather than sent as JPEG.
     */
    private static final Map<String, String> CVT_FORMATS = Map.of("jpeg", "jpg", "jpg", "jpg", "png", "png",
            "webp", "webp", "avif", "avif", "tiff", "tif", "tif", "tif", "gif", "gif");

    private final ImageService service;

    ImageCommands(ImageService service) {
        this.service = service;
    }

    /**
     * @param session the request so far
     * @param argument {@code resolution,tile}
     * @return the tile as JPEG
     */
    ProtocolResponse jtl(IipSession session, String argument) {
        return tile(session, "JTL", argument, "jpg");
    }

    /**
     * PTL, WTL, TTL and ATL: JTL in PNG, WebP, TIFF and AVIF, as iipsrv 1.3 has them. A format without its encoder
     * here is refused (415), as iipsrv does not know the command when built without the codec.
     *
     * @param session the request so far
     * @param command the command's name
     * @param argument {@code resolution,tile}
     * @param format the encoder's format name
     * @return the tile in that format
     */
    ProtocolResponse tile(IipSession session, String command, String argument, String format) {
        if (!service.supportsFormat(format)) {
            throw new UnsupportedFormatException(command + " needs an encoder this server does not have");
        }
        String[] v = IipNumbers.list(command, argument, 2);
        return tile(session, command, IipNumbers.natural(command, v[0]), IipNumbers.natural(command, v[1]),
                format);
    }

    /**
     * @param session the request so far
     * @param argument {@code xangle,resolution,tile,yangle}: angle values, as SDS takes them
     * @return the tile as JPEG
     */
    ProtocolResponse jtls(IipSession session, String argument) {
        String[] v = IipNumbers.list("JTLS", argument, 4);
        session.angles(IipNumbers.integer("JTLS", v[0]), IipNumbers.integer("JTLS", v[3]));
        return tile(session, "JTLS", IipNumbers.natural("JTLS", v[1]), IipNumbers.natural("JTLS", v[2]), "jpg");
    }

    private ProtocolResponse tile(IipSession session, String command, int resolution, int tile, String format) {
        int levelIndex = levelIndex(session.info(command), command, resolution);
        Level level = session.info(command).levels().get(levelIndex);
        if (tile >= (long) level.tilesAcross() * level.tilesDown()) {
            throw new BadRequestException(command + " tile is outside the image at that resolution");
        }
        return ProtocolResponse.of(session.image().render(tileRequest(session, levelIndex, level, tile, format)));
    }

    /**
     * @param info the open image
     * @param command the command, for the message
     * @param resolution an IIP resolution: 0 is the smallest
     * @return the index of its level: 0 is the largest
     * @throws BadRequestException if the image has no such resolution
     */
    static int levelIndex(ImageInfo info, String command, int resolution) {
        int count = info.levels().size();
        if (resolution >= count) {
            throw new BadRequestException(command + " resolution must be below " + count);
        }
        return count - 1 - resolution;
    }

    /**
     * One tile with the request's view, quality and processing. A half turn reads the tile from the other
     * end of the grid, as iipsrv's JTL does.
     *
     * @param session the request so far
     * @param levelIndex the level's index, 0 the largest
     * @param level that level
     * @param tile the tile number the client asked for, row x tiles across + column, checked to be in the level
     * @param format the output format
     * @return the request for the engine
     */
    static ImageRequest tileRequest(IipSession session, int levelIndex, Level level, int tile, String format) {
        int source = session.processing().rotation().sourceTile(tile, level);
        return base(session).format(format)
                .region(Region.tile(levelIndex, source % level.tilesAcross(), source / level.tilesAcross())).build();
    }

    /**
     * @param session the request so far
     * @param argument the output format
     * @param attachment whether the export is sent as an attachment (a download) rather than inline
     * @return the region, sized as iipsrv would size it
     */
    ProtocolResponse cvt(IipSession session, String argument, boolean attachment) {
        ImageInfo info = session.info("CVT");
        String asked = argument.toLowerCase(Locale.ROOT);
        String format = CVT_FORMATS.getOrDefault(asked, "jpg");
        if (!service.supportsFormat(format)) {
            throw new UnsupportedFormatException("output format " + asked + " is not available on this server");
        }
        ServiceLimits limits = service.limits();
        CvtSizer.View view = new CvtSizer(limits.maxSize(), limits.allowUpscaling()).compute(info.width(),
                info.height(), session.region().orElse(null), session.requestWidth(), session.requestHeight());
        ImageRequest request = base(session).format(format).region(view.region())
                .size(new Size(Size.Kind.EXACT, view.width(), view.height(), view.upscale())).build();
        String name = baseName(session.identifier()) + "_" + view.width() + "x" + view.height() + "." + format;
        return ProtocolResponse.of(session.image().render(request))
                .withHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + name
                        + "\"");
    }

    private static ImageRequest.Builder base(IipSession session) {
        ImageRequest.Builder request = ImageRequest.builder(session.identifier())
                .view(session.viewX(), session.viewY()).layers(session.layers());
        session.steps().forEach(request::transform);
        if (session.quality() >= 0) {
            request.encodeQuality(Math.min(session.quality(), 100));
        }
        request.encodeCompression(session.compression());
        return request;
    }

    /** The file name without folders or suffix, as iipsrv names its downloads; kept to safe characters. */
    static String baseName(String identifier) {
        String name = identifier.substring(identifier.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "image" : safe;
    }
}
