/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageProcessing;
import io.gigatile.api.ImageService;
import io.gigatile.api.ProcessingReader;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.ProtocolName;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Internet Imaging Protocol as iipsrv speaks it. The commands of a query run in the client's order, each
 * on what the ones before it set, as in iipsrv: FIF opens the image, WID, HEI, RGN, QLT, SDS, MINMAX and LYR
 * set the view, the processing commands ({@link Processing}) what is done to the pixels, OBJ adds lines to a
 * text answer, and the first JTL (or PTL, WTL, TTL, ATL), JTLS, TIL, CVT, SPECTRA or PFL answers and ends the
 * request. Stateless and thread-safe: every request has its own {@link IipSession} and {@link IipReply}. Also the
 * {@link ProcessingReader} of the commands iipsrv's URL puts before another protocol's ({@link ProcessingPrefix}).
 */
@Component(service = {Protocol.class, ProcessingReader.class})
@ProtocolName(protocol = "iip")
public final class IipProtocol implements Protocol, ProcessingReader {
    private static final Logger LOG = LoggerFactory.getLogger(IipProtocol.class);
    /** iipsrv's other answering commands that this bundle does not implement. */
    private static final Set<String> OTHER_ANSWERS = Set.of("zoomify", "deepzoom", "iiif");
    private static final String ADVERT = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<title>Gigatile IIP</title></head><body><h1>Gigatile</h1>"
            + "<p>Internet Imaging Protocol server. Ask for an image with <code>?FIF=</code>.</p></body></html>";

    private final ImageService service;
    private final ImageCommands images;

    /**
     * @param service the engine
     */
    @Activate
    public IipProtocol(@Reference(name = "imageService") ImageService service) {
        this.service = service;
        this.images = new ImageCommands(service);
        LOG.debug("IIP protocol active: no configuration of its own; sizes follow the engine's limits");
    }

    @Override
    public ProtocolResponse handle(ProtocolRequest request) {
        String query = request.query();
        if (query.isEmpty()) {
            return ProtocolResponse.text("text/html;charset=utf-8", ADVERT, null);
        }
        IipSession session = new IipSession(service);
        IipReply reply = new IipReply();
        for (IipQuery.Command command : IipQuery.parse(query)) {
            String value = command.value();
            switch (command.key()) {
                case "fif" -> session.open(value);
                case "obj" -> ObjResponder.answer(value, session, reply);
                case "wid" -> session.requestWidth(IipNumbers.natural("WID", value));
                case "hei" -> session.requestHeight(IipNumbers.natural("HEI", value));
                case "rgn" -> region(session, value);
                case "qlt" -> qlt(session, value);
                case "sds" -> sds(session, value);
                case "minmax" -> session.minMax(value);
                case "lyr" -> session.layers(IipNumbers.natural("LYR", value));
                case "jtl" -> {
                    return images.jtl(session, value);
                }
                case "ptl" -> {
                    return images.tile(session, "PTL", value, "png");
                }
                case "wtl" -> {
                    return images.tile(session, "WTL", value, "webp");
                }
                case "ttl" -> {
                    return images.tile(session, "TTL", value, "tif");
                }
                case "atl" -> {
                    return images.tile(session, "ATL", value, "avif");
                }
                case "jtls" -> {
                    return images.jtls(session, value);
                }
                case "cvt" -> {
                    // as iipsrv: a form posted to the server downloads the export, a link shows it
                    return images.cvt(session, value, request.method().equals("POST"));
                }
                case "til" -> {
                    return TilCommand.answer(session, value);
                }
                case "spectra" -> {
                    return ValueCommands.spectra(session, value);
                }
                case "pfl" -> {
                    return ValueCommands.profile(session, value);
                }
                default -> other(command, session, reply);
            }
        }
        return reply.toResponse(query, session.lastModified());
    }

    /** iipsrv takes a region only when it has four numbers and a positive width and height. */
    /** {@code QLT=q} or {@code QLT=compression:q} (iipsrv 1.3). */
    private static void qlt(IipSession session, String value) {
        Qlt qlt = Qlt.parse(value);
        if (qlt.compression() != null) {
            session.compression(qlt.compression());
        }
        session.quality(qlt.quality());
    }

    /** The commands before {@code IIIF=}, {@code DeepZoom=} or {@code Zoomify=} in iipsrv's URL. */
    @Override
    public ImageProcessing read(String query) {
        return ProcessingPrefix.read(query);
    }

    private static void region(IipSession session, String value) {
        String[] items = IipNumbers.list("RGN", value, 4);
        float[] xywh = new float[4];
        for (int i = 0; i < 4; i++) {
            xywh[i] = IipNumbers.decimal("RGN", items[i]);
        }
        if (xywh[2] > 0 && xywh[3] > 0) {
            session.region(xywh);
        }
    }

    /**
     * {@code SDS=x} or {@code SDS=x,y}: the angles of the view, looked up among the image's when an image command
     * runs. As in iipsrv, a single number sets the vertical angle to 0, and FIF resets both.
     */
    private static void sds(IipSession session, String value) {
        String[] items = value.split(",", -1);
        if (items.length > 2) {
            throw new BadRequestException("SDS needs one or two numbers");
        }
        session.angles(IipNumbers.integer("SDS", items[0]), items.length == 2 ? IipNumbers.integer("SDS", items[1])
                : 0);
    }

    private static void other(IipQuery.Command command, IipSession session, IipReply reply) {
        String key = command.key();
        if (OTHER_ANSWERS.contains(key)) {
            throw new UnsupportedFormatException("IIP command " + command.name() + " is not supported", true);
        } else if (!session.processing().run(key, command.value())) {
            reply.error("2 2", command.name());
        }
    }
}
