/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import java.util.Optional;

/**
 * A view of an open source whose tiles go through the {@link TileCache}. Regions are composed from tiles (the
 * SPI's default {@code readRegion}, which asks this object's {@link #readTile}), so that every tile a region
 * touches is decoded once for all the requests that touch it. Lives for one request; closing it closes nothing.
 */
final class CachingSource implements ImageSource {
    private final ImageSource source;
    private final Object image;
    private final TileCache tiles;

    /**
     * @param source the open source of one view
     * @param image what identifies that view of that version of the image in cache keys
     * @param tiles the cache
     * @return the source whose tiles go through the cache; the source itself when the cache keeps nothing, so
     *         that its own region reads serve as they are
     */
    static ImageSource of(ImageSource source, Object image, TileCache tiles) {
        return tiles.enabled() ? new CachingSource(source, image, tiles) : source;
    }

    private CachingSource(ImageSource source, Object image, TileCache tiles) {
        this.source = source;
        this.image = image;
        this.tiles = tiles;
    }

    @Override
    public ImageInfo info() {
        return source.info();
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        return tiles.load(new TileCache.Key(image, level, tileX, tileY, DEFAULT_LAYERS),
                () -> source.readTile(level, tileX, tileY));
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY, int layers) {
        if (layers == DEFAULT_LAYERS) {
            return readTile(level, tileX, tileY);
        }
        return tiles.load(new TileCache.Key(image, level, tileX, tileY, layers),
                () -> source.readTile(level, tileX, tileY, layers));
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        return source.encodedTile(level, tileX, tileY, format);
    }

    /** The engine chooses views before it wraps a source; a view of this one would escape the cache keys. */
    @Override
    public ImageSource view(int x, int y) {
        return source.view(x, y);
    }

    @Override
    public void close() {
        // the engine's lease owns the source
    }
}
