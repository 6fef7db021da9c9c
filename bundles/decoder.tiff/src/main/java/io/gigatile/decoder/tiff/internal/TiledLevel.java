/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/** A level stored in tiles: each tile read and decoded on its own. Immutable. */
final class TiledLevel implements LevelReader {
    private final Level level;
    private final BlockDecoder blocks;
    private final PixelConverter converter;

    /**
     * @param level the geometry, with the stored tile size
     * @param blocks the level's tiles
     * @param converter from stored to raster samples
     */
    TiledLevel(Level level, BlockDecoder blocks, PixelConverter converter) {
        this.level = level;
        this.blocks = blocks;
        this.converter = converter;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public PixelFormat format() {
        return converter.format();
    }

    @Override
    public Raster tile(int tileX, int tileY) {
        Rect rect = level.tileRect(tileX, tileY);
        Rect crop = new Rect(0, 0, rect.width(), rect.height());
        Object stored = blocks.decode(tileY * level.tilesAcross() + tileX, level.tileHeight(), crop);
        int pixels = rect.width() * rect.height();
        return format().raster(rect.width(), rect.height(), converter.convert(stored, pixels));
    }

    @Override
    public Raster region(Rect region) {
        return Regions.compose(this, region);
    }

    @Override
    public int bandHeight() {
        return level.tileHeight();
    }

    /**
     * @param tileX tile column
     * @param tileY tile row
     * @param icc the image's ICC profile to embed, or null
     * @return the stored JPEG tile as a complete JPEG, or null where it cannot be sent as it is
     */
    byte[] passThrough(int tileX, int tileY, byte[] icc) {
        Rect rect = level.tileRect(tileX, tileY);
        PixelFormat f = format();
        boolean full = rect.width() == level.tileWidth() && rect.height() == level.tileHeight();
        if (!full || !(blocks.codec() instanceof JpegTileCodec jpeg) || f.planar()
                || f.conversion() != PixelFormat.Conversion.NONE || f.bits() != 8) {
            return null;
        }
        byte[] stored = blocks.index().stored(tileY * level.tilesAcross() + tileX);
        return jpeg.passThrough(stored, f.photometric() == Tag.PHOTOMETRIC_RGB, icc);
    }
}
