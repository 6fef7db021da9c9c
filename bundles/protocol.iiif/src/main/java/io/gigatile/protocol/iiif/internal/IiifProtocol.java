/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageService;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.propertytypes.ProtocolName;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IIIF Image API 3.0, 2.1 and 1.1. The http bundle mounts it at {@code /iiif} and routes iipsrv's
 * {@code ?IIIF=<path>} to it; the path below the mount is {@code /3/{id}/...}, {@code /2/{id}/...},
 * {@code /1/{id}/...} or {@code /{id}/...}, which answers in the version the client's Accept header names by its
 * context URI, else in the configured one (as iipsrv 1.3). Stateless and thread-safe.
 */
@Component(service = Protocol.class, configurationPid = IiifConfig.PID)
@Designate(ocd = IiifConfig.class)
@ProtocolName(protocol = "iiif")
public final class IiifProtocol implements Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(IiifProtocol.class);

    private final ImageService service;
    /** Replaced whole by a new configuration, so that the service is never unregistered (no 503 window, no remount). */
    private volatile Handlers handlers;

    /** What one configuration makes. */
    private record Handlers(IiifSettings settings, InfoResponder info, ImageResponder images) {
        static Handlers of(ImageService service, IiifSettings settings) {
            return new Handlers(settings, new InfoResponder(service, settings),
                    new ImageResponder(service, settings.maxArea(), settings.delimiter(),
                            settings.extensions()));
        }
    }

    /**
     * @param config the configuration
     * @param service the engine
     */
    @Activate
    public IiifProtocol(IiifConfig config, @Reference(name = "imageService") ImageService service) {
        this(service, settings(config));
        log("active");
    }

    IiifProtocol(ImageService service, IiifSettings settings) {
        this.service = service;
        this.handlers = Handlers.of(service, settings);
    }

    private static IiifSettings settings(IiifConfig config) {
        return IiifSettings.of(config.version(), config.baseUrl(), config.copyright(), config.extraInfo(),
                config.maxArea(), config.delimiter(), config.extensions());
    }

    /**
     * A new configuration, taken while the protocol stays registered and mounted.
     *
     * @param config the configuration
     */
    @Modified
    void modified(IiifConfig config) {
        handlers = Handlers.of(service, settings(config));
        log("reconfigured");
    }

    private void log(String what) {
        IiifSettings settings = handlers.settings();
        LOG.debug("IIIF protocol {}: version {}, baseUrl '{}', copyright '{}', {} extra info members, maxArea {}",
                what, settings.version().number(), settings.baseUrl(), settings.copyright(),
                settings.extraInfo().size(), settings.maxArea());
    }

    @Override
    public ProtocolResponse handle(ProtocolRequest request) {
        Handlers now = handlers;
        String accept = request.header("accept");
        IiifVersion configured = now.settings().version();
        IiifPath path = IiifPath.parse(request.path(), IiifVersion.ofAccept(accept).orElse(configured));
        String id = ServiceId.of(request, path, now.settings().baseUrl());
        ProtocolResponse response = switch (path.kind()) {
            case INFO -> now.info().respond(path, id, accept);
            case IMAGE -> now.images().respond(path, id, request.processing(), accept);
            case REDIRECT -> redirect(id + "/info.json");
        };
        return path.kind() != IiifPath.Kind.REDIRECT && !path.versioned() && path.version() != configured
                ? personal(response) : response;
    }

    /**
     * An unversioned URI answered in another version than the configured one, because the client's Accept header
     * asked for it, must not be served from a shared cache to clients that did not ask: iipsrv marks it private.
     * (The redirect of a base URI is the same in every version.)
     */
    private static ProtocolResponse personal(ProtocolResponse response) {
        return response.withHeader("Cache-Control", "private");
    }

    /** The base URI of an image redirects to its info.json (the spec's baseUriRedirect). */
    private static ProtocolResponse redirect(String location) {
        return new ProtocolResponse(303, "text/plain;charset=utf-8",
                ("See " + location + "\n").getBytes(StandardCharsets.UTF_8), null, Map.of("Location", location));
    }
}
