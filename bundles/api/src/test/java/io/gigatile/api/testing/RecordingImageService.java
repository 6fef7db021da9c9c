/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageService;
import io.gigatile.api.Quality;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.SampleType;
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
    private final List<SampleRead> sampled = new ArrayList<>();
    private SampleReader samples = RecordingImageService::ramp;
    private Set<Quality> qualities = Set.of(Quality.values());
    /** Null for all of them. */
    private Set<String> transforms;
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

            @Override
            public Raster samples(int viewX, int viewY, int level, Rect rect) {
                sampled.add(new SampleRead(viewX, viewY, level, rect));
                return samples.read(viewX, viewY, level, rect);
            }
        };
    }

    /**
     * @param reader what {@link ResolvedImage#samples} answers from now on; by default a 16-bit grey raster whose
     *        sample at level coordinates (x, y) is {@code 1000 * viewX + x + y}
     * @return this service
     */
    public RecordingImageService withSamples(SampleReader reader) {
        this.samples = reader;
        return this;
    }

    /** @return the sample reads so far, in order */
    public List<SampleRead> sampled() {
        return sampled;
    }

    /** Answers {@link ResolvedImage#samples} in a test. */
    @FunctionalInterface
    public interface SampleReader {
        /**
         * @param viewX the view's column
         * @param viewY the view's row
         * @param level the level
         * @param rect the rectangle
         * @return the samples
         */
        Raster read(int viewX, int viewY, int level, Rect rect);
    }

    /**
     * One call of {@link ResolvedImage#samples}.
     *
     * @param viewX the view's column
     * @param viewY the view's row
     * @param level the level
     * @param rect the rectangle
     */
    public record SampleRead(int viewX, int viewY, int level, Rect rect) {
    }

    private static Raster ramp(int viewX, int viewY, int level, Rect rect) {
        short[] values = new short[rect.width() * rect.height()];
        for (int y = 0; y < rect.height(); y++) {
            for (int x = 0; x < rect.width(); x++) {
                values[y * rect.width() + x] = (short) (1000 * viewX + rect.x() + x + rect.y() + y);
            }
        }
        return Raster.ofShorts(rect.width(), rect.height(), 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, values);
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

    @Override
    public boolean supportsQuality(Quality quality) {
        return qualities.contains(quality);
    }

    /**
     * @param rendered the qualities {@link #supportsQuality} says yes to from now on; by default all of them
     * @return this service
     */
    public RecordingImageService withQualities(Set<Quality> rendered) {
        this.qualities = Set.copyOf(rendered);
        return this;
    }

    @Override
    public boolean supportsTransform(String name) {
        return transforms == null || transforms.contains(name);
    }

    /**
     * @param present the transforms {@link #supportsTransform} says yes to from now on; by default all of them
     * @return this service
     */
    public RecordingImageService withTransforms(Set<String> present) {
        this.transforms = Set.copyOf(present);
        return this;
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
