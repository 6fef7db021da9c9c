/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.EncodedTile;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.ViewAngles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An image of one level and one tile held in memory, of any sample type, optionally with further pages that
 * {@link #view(int, int)} hands out as sources of their own. Offers every tile as stored JPEG bytes, so that a
 * test can see whether the engine passed it through.
 */
final class MemorySource implements ImageSource {
    private final ImageInfo info;
    private final Raster raster;
    private final List<MemorySource> pages;
    volatile boolean closed;

    /**
     * @param info the image's description; its one level must be the raster's size
     * @param raster the pixels
     * @param pages the sources of horizontal views 1, 2...; view 0 is this one
     */
    MemorySource(ImageInfo info, Raster raster, List<MemorySource> pages) {
        this.info = pages.isEmpty() ? info
                : info.withAngles(new ViewAngles(java.util.stream.IntStream.rangeClosed(0, pages.size()).boxed()
                        .toList(), List.of(90)));
        this.raster = raster;
        this.pages = List.copyOf(pages);
    }

    MemorySource(ImageInfo.Builder info, Raster raster) {
        this(info.addLevel(new Level(raster.width(), raster.height(), raster.width(), raster.height())).build(),
                raster, List.of());
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        if (level != 0 || tileX != 0 || tileY != 0) {
            throw new BadRequestException("no such tile");
        }
        return raster;
    }

    @Override
    public Optional<EncodedTile> encodedTile(int level, int tileX, int tileY, String format) {
        return Optional.of(new EncodedTile(format, "stored".getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public ImageSource view(int x, int y) {
        if (x == 0 && y == 0) {
            return this;
        }
        if (y != 0 || x < 0 || x > pages.size()) {
            throw new BadRequestException("no such page");
        }
        return pages.get(x - 1);
    }

    @Override
    public void close() {
        closed = true;
    }
}
