/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.jp2.codestream;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * What both JPEG 2000 decoders' sources share: tiles and regions checked against the levels, and the number of
 * quality layers a read decodes as iipsrv counts them. A subclass decodes a checked rectangle of a level.
 */
public abstract class Jp2Source implements ImageSource {
    private final ImageInfo info;

    /** @param info the image's description, with its levels and quality layers */
    protected Jp2Source(ImageInfo info) {
        this.info = info;
    }

    @Override
    public final ImageInfo info() {
        return info;
    }

    @Override
    public final Raster readTile(int level, int tileX, int tileY) {
        return readTile(level, tileX, tileY, DEFAULT_LAYERS);
    }

    @Override
    public final Raster readTile(int level, int tileX, int tileY, int layers) {
        return read(level, level(level).tileRect(tileX, tileY), layers(layers));
    }

    @Override
    public final Raster readRegion(int level, Rect region) {
        return readRegion(level, region, DEFAULT_LAYERS);
    }

    /** Decodes the region at once, not tile by tile: both codecs decode any area of a resolution. */
    @Override
    public final Raster readRegion(int level, Rect region, int layers) {
        Level l = level(level);
        if (region.right() > l.width() || region.bottom() > l.height()) {
            throw new BadRequestException("region lies outside the image");
        }
        return read(level, region, layers(layers));
    }

    /**
     * @param level a level of {@link #info()}
     * @param rect a rectangle within it
     * @param layers how many quality layers to decode, from 1 to all of them
     * @return its pixels
     */
    protected abstract Raster read(int level, Rect rect, int layers);

    /**
     * @param requested {@link #DEFAULT_LAYERS}, {@link #ALL_LAYERS} or a number
     * @return how many layers to decode: iipsrv's default is half of them, rounded up; a number above all of them
     *         means all of them
     * @throws BadRequestException for a negative number other than {@link #ALL_LAYERS}
     */
    private int layers(int requested) {
        int all = Math.max(1, info.qualityLayers());
        if (requested == DEFAULT_LAYERS) {
            return (all + 1) / 2;
        }
        if (requested == ALL_LAYERS || requested > all) {
            return all;
        }
        if (requested < 0) {
            throw new BadRequestException("no such number of quality layers: " + requested);
        }
        return requested;
    }

    private Level level(int level) {
        if (level < 0 || level >= info.levels().size()) {
            throw new BadRequestException("no resolution level " + level);
        }
        return info.levels().get(level);
    }
}
