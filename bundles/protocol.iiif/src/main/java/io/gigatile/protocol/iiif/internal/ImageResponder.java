/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageProcessing;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Quality;
import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import io.gigatile.api.Size;
import io.gigatile.api.UnsupportedFormatException;
import java.util.List;
import java.util.Optional;

/**
 * Answers image requests. The protocol computes the region and the exact output size itself, as the spec
 * rounds them, and hands the engine either one native tile or a pixel region at an exact size, so that the
 * engine renders exactly what the spec asks for. Checks run in this order: syntax (400), the image (404), the
 * format (501, in 1.1 415), region and size against the image and the limits (400).
 */
final class ImageResponder {
    private final ImageService service;
    private final long maxArea;
    private final String delimiter;
    private final boolean extensions;

    ImageResponder(ImageService service, long maxArea, String delimiter, boolean extensions) {
        this.service = service;
        this.maxArea = maxArea;
        this.delimiter = delimiter;
        this.extensions = extensions;
    }

    /**
     * @param path an image request path
     * @param serviceId the image service's URI, for the canonical Link header
     * @param processing IIP's processing commands that came before {@code IIIF=} in iipsrv's URL
     * @param accept the Accept header, or null: 1.1's format where the request names none
     * @return the image with its Link headers
     */
    ProtocolResponse respond(IiifPath path, String serviceId, ImageProcessing processing, String accept) {
        List<String> p = path.parameters();
        IiifVersion version = path.version();
        IiifRegion region = IiifRegion.parse(p.get(0), version);
        IiifSize size = IiifSize.parse(p.get(1), version);
        IiifRotation rotation = IiifRotation.parse(p.get(2), version);
        boolean negotiated = QualityFormat.leavesOutFormat(p.get(3), version);
        String implied = negotiated ? FormatNegotiation.choose(accept, service::supportsFormat)
                : QualityFormat.IMPLIED_FORMAT;
        QualityFormat qf = QualityFormat.parse(p.get(3), version, extensions, implied);
        PageChoice page = PageChoice.of(path.identifier(), delimiter);
        ResolvedImage image = service.image(page.image());
        ImageInfo info = image.info();
        if (!service.supportsFormat(qf.format())) {
            // a feature this server lacks (501); 1.1 has its own status for it, 415 Invalid Media
            throw new UnsupportedFormatException("output format " + qf.format() + " is not supported",
                    version != IiifVersion.V1);
        }
        Rect rect = region.resolve(info.width(), info.height());
        Limits limits = Limits.of(service.limits(), maxArea);
        SizeResolver.Extent out = SizeResolver.resolve(size, rect, version, limits);
        TileMatcher.Given given = switch (size.kind()) {
            case WIDTH -> TileMatcher.Given.WIDTH;
            case HEIGHT -> TileMatcher.Given.HEIGHT;
            default -> TileMatcher.Given.BOTH;
        };
        ImageRequest.Builder base = ImageRequest.builder(page.image()).format(qf.format())
                .view(page.viewX(info.angles()), page.viewY(info.angles()));
        ImageRequest request = request(processing.applyTo(base), info, rect, out, given, rotation, qf,
                processing.steps().isEmpty());
        String canonical = serviceId + "/" + Canonical.region(rect, info.width(), info.height()) + "/"
                + Canonical.size(out, rect, version, limits) + "/" + rotation.canonical() + "/" + qf.quality()
                + "." + qf.format();
        ProtocolResponse response = ProtocolResponse.of(image.render(request)).withHeader("Link",
                "<" + version.profile() + ">;rel=\"profile\", <" + canonical + ">;rel=\"canonical\"");
        return negotiated ? response.withHeader("Vary", "Accept") : response;
    }

    private static ImageRequest request(ImageRequest.Builder b, ImageInfo info, Rect rect, SizeResolver.Extent out,
            TileMatcher.Given given, IiifRotation rotation, QualityFormat qf, boolean unprocessed) {
        // processed pixels are rendered from the region, as IIP's CVT renders them, not taken from a stored tile
        boolean plainColours = qf.extension() == null && unprocessed
                && (qf.value() == Quality.DEFAULT || qf.value() == Quality.COLOR);
        Optional<Region> tile = rotation.isNone() && plainColours
                ? TileMatcher.match(new Pyramid(info), info.width(), info.height(), rect, out, given)
                : Optional.empty();
        if (tile.isPresent()) {
            return b.region(tile.get()).size(Size.MAX).quality(Quality.DEFAULT).build();
        }
        boolean whole = rect.width() == info.width() && rect.height() == info.height();
        boolean larger = out.width() > rect.width() || out.height() > rect.height();
        b.region(whole ? Region.FULL : Region.pixels(rect.x(), rect.y(), rect.width(), rect.height()))
                .size(new Size(Size.Kind.EXACT, out.width(), out.height(), larger))
                .rotation(rotation.degrees(), rotation.mirror())
                .quality(qf.value());
        if (qf.extension() != null) {
            b.transform(qf.extension());
        }
        return b.build();
    }
}
