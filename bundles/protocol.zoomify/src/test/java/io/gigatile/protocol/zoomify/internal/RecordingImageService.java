/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ServiceLimits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test double of the engine: one image under one identifier, fixed limits, and a record of every request
 * rendered. The rendered bytes name the request, so tests can tell which request an answer came from.
 */
final class RecordingImageService implements ImageService {
    static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");
    private static final Map<String, String> MEDIA = Map.of("jpg", "image/jpeg", "png", "image/png");

    final List<ImageRequest> rendered = new ArrayList<>();
    private final String identifier;
    private final ImageInfo info;
    private final ServiceLimits limits;
    private final Set<String> formats;

    RecordingImageService(String identifier, ImageInfo info, ServiceLimits limits, Set<String> formats) {
        this.identifier = identifier;
        this.info = info;
        this.limits = limits;
        this.formats = formats;
    }

    @Override
    public ImageInfo info(String id) {
        check(id);
        return info;
    }

    @Override
    public Instant lastModified(String id) {
        check(id);
        return MODIFIED;
    }

    @Override
    public RenderedImage render(ImageRequest request) {
        check(request.identifier());
        rendered.add(request);
        return new RenderedImage(request.cacheKey().getBytes(StandardCharsets.UTF_8),
                MEDIA.getOrDefault(request.format(), "application/octet-stream"), MODIFIED, request.cacheKey());
    }

    @Override
    public ServiceLimits limits() {
        return limits;
    }

    @Override
    public boolean supportsFormat(String format) {
        return formats.contains(format);
    }

    private void check(String id) {
        if (!identifier.equals(id)) {
            throw new ImageNotFoundException("no such image");
        }
    }
}
