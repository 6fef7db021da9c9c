/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers info.json requests in the version of the path, as {@code application/json}, or as JSON-LD when the
 * client's Accept header asks for it, with the profile Link header (and for 2.1's plain JSON the context link
 * the spec recommends).
 */
final class InfoResponder {
    private final ImageService service;
    private final IiifSettings settings;

    InfoResponder(ImageService service, IiifSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    /**
     * The qualities the engine renders now, by the version's names, and iipsrv's extra ones where asked for and
     * their transforms are here.
     */
    private List<String> qualities(IiifVersion version) {
        List<String> names = new ArrayList<>();
        for (Quality quality : InfoContent.QUALITIES) {
            if (service.supportsQuality(quality)) {
                names.add(QualityFormat.name(quality, version));
            }
        }
        if (settings.extensions()) {
            QualityFormat.EXTENSIONS.forEach((name, step) -> {
                if (service.supportsTransform(step.name())) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /**
     * @param path an info.json path
     * @param serviceId the image service's URI
     * @param accept the client's Accept header, or null
     * @return the info.json response
     */
    ProtocolResponse respond(IiifPath path, String serviceId, String accept) {
        PageChoice page = PageChoice.of(path.identifier(), settings.delimiter());
        ResolvedImage image = service.image(page.image());
        ImageInfo info = image.info();
        // a page the image lacks is not found, as its tiles would be
        page.viewX(info.angles());
        IiifVersion version = path.version();
        InfoContent content = new InfoContent(serviceId, info, new Pyramid(info),
                Limits.of(service.limits(), settings.maxArea()),
                QualityFormat.KNOWN_FORMATS.stream().filter(service::supportsFormat).toList(),
                qualities(version),
                Rights.of(info, settings.copyright()), settings.extraInfo());
        String json = switch (version) {
            case V1 -> InfoV1.write(content);
            case V2 -> InfoV2.write(content);
            case V3 -> InfoV3.write(content);
        };
        boolean jsonLd = accept != null && accept.toLowerCase(Locale.ROOT).contains("application/ld+json");
        String mediaType = !jsonLd ? "application/json"
                : version == IiifVersion.V3 ? "application/ld+json;profile=\"" + version.context() + "\""
                : "application/ld+json";
        String profile = "<" + version.profile() + ">;rel=\"profile\"";
        String context = "<" + version.context() + ">;rel=\"http://www.w3.org/ns/json-ld#context\";"
                + "type=\"application/ld+json\"";
        // 2.1 recommends the context link for plain JSON; 3.0 names it in the media type, 1.1 says neither
        String link = profile + (version == IiifVersion.V2 && !jsonLd ? ", " + context : "");
        return ProtocolResponse.text(mediaType, json, image.lastModified())
                .withHeader("Link", link)
                .withHeader("Vary", "Accept, X-IIIF-ID");
    }
}
