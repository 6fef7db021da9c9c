/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.RenderedImage;
import io.gigatile.api.ResolvedImage;
import io.gigatile.api.StoredImage;
import java.time.Instant;
import java.util.Optional;

/**
 * One image as one request found it: the store was asked once, and everything the request does goes through
 * what it answered. Only another view of an image sequence, which is a stored image of its own, costs a second
 * lookup.
 */
final class EngineImage implements ResolvedImage {
    /** A megapixel of values: far more than a line profile or a spectrum reads, and bounded. */
    private static final long MAX_SAMPLES = 1 << 20;
    private final String identifier;
    private final StoreRoutes.Route route;
    private final StoredImage stored;
    private final Engine.Parts parts;

    EngineImage(String identifier, StoreRoutes.Route route, StoredImage stored, Engine.Parts parts) {
        this.identifier = identifier;
        this.route = route;
        this.stored = stored;
        this.parts = parts;
    }

    @Override
    public String identifier() {
        return identifier;
    }

    /**
     * From the source if it is open here; else from the response caches, where any server sharing them may have
     * put it; else the image is opened and its description put there. A sequence is described by its default
     * view, with the angles the store found.
     */
    @Override
    public ImageInfo info() {
        Optional<CachedSource.Lease> open = parts.sources().leaseIfOpen(route.store(), stored);
        ImageInfo info;
        if (open.isPresent()) {
            try (CachedSource.Lease lease = open.get()) {
                info = lease.source().info();
            }
        } else {
            info = cachedInfo().orElseGet(this::describe);
        }
        return stored.sequence().map(info::withAngles).orElse(info);
    }

    private Optional<ImageInfo> cachedInfo() {
        return parts.caches().get(InfoCodec.key(identifier), stored.version(), parts.decoders().identities())
                .filter(held -> held.mediaType().equals(InfoCodec.MEDIA_TYPE))
                .flatMap(held -> InfoCodec.decode(held.bytes()));
    }

    private ImageInfo describe() {
        try (CachedSource.Lease lease = parts.sources().lease(route.store(), stored)) {
            ImageInfo info = lease.source().info();
            String version = DecoderIdentity.rendering(stored.version(), lease.entry().decoderIdentity());
            parts.caches().put(new RenderedImage(InfoCodec.encode(info), InfoCodec.MEDIA_TYPE, stored.lastModified(),
                    version, InfoCodec.key(identifier)));
            return info;
        }
    }

    @Override
    public Instant lastModified() {
        return stored.lastModified();
    }

    @Override
    public String version() {
        return stored.version();
    }

    /**
     * The view of a sequence is a stored image of its own, which the store finds; the view of any other image is
     * a page its decoder selects.
     */
    @Override
    public RenderedImage render(ImageRequest request) {
        if (!identifier.equals(request.identifier())) {
            throw new IllegalArgumentException("a request for another image");
        }
        boolean sequence = stored.sequence().isPresent();
        StoredImage file = sequence ? route.store().resolve(route.local(), request.viewX(), request.viewY())
                : stored;
        Optional<RenderedImage> cached = parts.caches().get(request.cacheKey(), file.version(),
                parts.decoders().identities());
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = parts.generation().get();
        RenderedImage image;
        try (CachedSource.Lease lease = parts.sources().lease(route.store(), file)) {
            ImageSource source = sequence ? lease.source() : view(lease.source(), request);
            TileOwner owner = new TileOwner(route.store(), file.key(), file.version(), request.viewX(),
                    request.viewY());
            ImageSource tiled = CachingSource.of(source, owner, parts.tiles());
            String version = DecoderIdentity.rendering(file.version(), lease.entry().decoderIdentity());
            image = parts.renderer().render(request, file, version, tiled, owner);
        }
        // a watermark that came or went while this was rendered: the caches were emptied, and this is not for them
        if (parts.generation().get() == generation) {
            parts.caches().put(image);
        }
        return image;
    }

    /**
     * Whose tiles: one view of one version of one stored image.
     *
     * @param store the store
     * @param key the stored image's key
     * @param version its version
     * @param viewX the view's column
     * @param viewY the view's row
     */
    record TileOwner(Object store, String key, String version, int viewX, int viewY) {
    }

    /** Read as a render reads, through the decoded-tile cache, but with nothing done to the samples. */
    @Override
    public Raster samples(int viewX, int viewY, int level, Rect rect) {
        if ((long) rect.width() * rect.height() > MAX_SAMPLES) {
            throw new LimitExceededException("at most " + MAX_SAMPLES + " pixels of values are read at once");
        }
        boolean sequence = stored.sequence().isPresent();
        StoredImage file = sequence ? route.store().resolve(route.local(), viewX, viewY) : stored;
        try (CachedSource.Lease lease = parts.sources().lease(route.store(), file)) {
            ImageSource source = sequence ? lease.source() : view(lease.source(), viewX, viewY);
            ImageInfo info = source.info();
            if (level < 0 || level >= info.levels().size()) {
                throw new BadRequestException("no such resolution level");
            }
            Level l = info.levels().get(level);
            if (rect.x() < 0 || rect.y() < 0 || (long) rect.x() + rect.width() > l.width()
                    || (long) rect.y() + rect.height() > l.height()) {
                throw new BadRequestException("the points asked for are outside the image");
            }
            ImageSource tiled = CachingSource.of(source, new TileOwner(route.store(), file.key(), file.version(),
                    viewX, viewY), parts.tiles());
            return tiled.readRegion(level, rect, parts.renderer().layers(0));
        }
    }

    private static ImageSource view(ImageSource source, ImageRequest request) {
        return view(source, request.viewX(), request.viewY());
    }

    private static ImageSource view(ImageSource source, int x, int y) {
        ImageInfo info = source.info();
        if (x < 0 || y < 0 || x >= info.horizontalViews() || y >= info.verticalViews()) {
            throw new BadRequestException("no such view of the image");
        }
        ImageSource view = source.view(x, y);
        if (view == null) {
            throw new DecodeFailureException("the decoder has no source for the view");
        }
        return view;
    }
}
