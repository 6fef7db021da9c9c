/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.ServiceLimits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test double of the engine for protocol tests: one image under one identifier, fixed limits and formats,
 * and a record of every request rendered. The rendered bytes are the request's cache key, so a test can tell
 * which request an answer came from. Not thread-safe.
 *
 * @since 1.0
 */
public final class RecordingImageService implements ImageService {
    /** The modification time of the image, of every rendering and of every answer built from them. */
    public static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");
    /** The version of the image and of every rendering. */
    public static final String VERSION = "v1";
    private static final Map<String, String> MEDIA = Map.of("jpg", "image/jpeg", "png", "image/png", "webp",
            "image/webp", "tif", "image/tiff");

    private final List<ImageRequest> rendered = new ArrayList<>();
    private int lookups;
    private final List<String> purged = new ArrayList<>();
    private final String identifier;
    private final ImageInfo info;
    private final ServiceLimits limits;
    private final Set<String> formats;

    /**
     * @param identifier the one identifier that names an image; every other is not found
     * @param info that image
     * @param limits the limits the engine reports
     * @param formats the output formats it claims to encode
     */
    public RecordingImageService(String identifier, ImageInfo info, ServiceLimits limits, Set<String> formats) {
        this.identifier = identifier;
        this.info = info;
        this.limits = limits;
        this.formats = formats;
    }

    /** Counts the lookup, as a store lookup would cost; the answer checks requests against the identifier. */
    @Override
    public ResolvedImage image(String id) {
        lookups++;
        check(id);
        return new ResolvedImage() {
            @Override
            public String identifier() {
                return id;
            }

            @Override
            public ImageInfo info() {
                return info;
            }

            @Override
            public Instant lastModified() {
                return MODIFIED;
            }

            @Override
            public String version() {
                return VERSION;
            }

            @Override
            public RenderedImage render(ImageRequest request) {
                if (!id.equals(request.identifier())) {
                    throw new IllegalArgumentException("a request for another image");
                }
                rendered.add(request);
                return new RenderedImage(request.cacheKey().getBytes(StandardCharsets.UTF_8),
                        MEDIA.getOrDefault(request.format(), "application/octet-stream"), MODIFIED, VERSION,
                        request.cacheKey());
            }
        };
    }

    /** Records the purge, as a list of the identifiers purged ("*" for all). */
    @Override
    public void purge(String id) {
        check(id);
        purged.add(id);
    }

    @Override
    public void purgeAll() {
        purged.add("*");
    }

    /** @return the identifiers purged so far, "*" for a purge of everything */
    public List<String> purged() {
        return purged;
    }

    /** @return how many times an identifier was looked up: one per protocol request is the rule */
    public int lookups() {
        return lookups;
    }

    @Override
    public ServiceLimits limits() {
        return limits;
    }

    @Override
    public boolean supportsFormat(String format) {
        return formats.contains(format);
    }

    /**
     * @return the requests rendered so far, in order: the live record, which a test may clear between steps
     */
    public List<ImageRequest> rendered() {
        return rendered;
    }

    /**
     * @return the one request rendered so far
     * @throws AssertionError if there was not exactly one
     */
    public ImageRequest only() {
        if (rendered.size() != 1) {
            throw new AssertionError("expected one rendered request, got " + rendered);
        }
        return rendered.get(0);
    }

    private void check(String id) {
        if (!identifier.equals(id)) {
            throw new ImageNotFoundException("no such image");
        }
    }
}
