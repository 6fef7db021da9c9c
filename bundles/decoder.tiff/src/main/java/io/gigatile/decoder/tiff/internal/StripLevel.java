/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * A level stored in strips, served in virtual tiles cut from them. A read decodes only the strips covering its
 * rows, and of an uncompressed strip only those rows; a compressed strip too large to decode within
 * {@link LevelReader#MAX_READ_BYTES} is refused. Immutable.
 */
final class StripLevel implements LevelReader {
    /** The tile size the strips are served in. */
    static final int VIRTUAL_TILE = 256;

    private final Level level;
    private final BlockDecoder blocks;
    private final PixelConverter converter;
    private final int rowsPerStrip;
    private final int rowBytes;
    private final boolean uncompressed;

    /**
     * @param width image width
     * @param height image height
     * @param blocks the strips
     * @param converter from stored to raster samples
     * @param rowsPerStrip rows in every strip but the last
     * @param rowBytes stored bytes per row of one plane
     * @param uncompressed whether rows can be read on their own
     */
    StripLevel(int width, int height, BlockDecoder blocks, PixelConverter converter, int rowsPerStrip, int rowBytes,
            boolean uncompressed) {
        this.level = new Level(width, height, VIRTUAL_TILE, VIRTUAL_TILE);
        this.blocks = blocks;
        this.converter = converter;
        this.rowsPerStrip = rowsPerStrip;
        this.rowBytes = rowBytes;
        this.uncompressed = uncompressed;
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
        return region(level.tileRect(tileX, tileY));
    }

    @Override
    public Raster region(Rect region) {
        Regions.requireInside(level, region);
        PixelFormat f = format();
        int samples = f.samples();
        LevelReader.checkReadSize((long) region.width() * region.height()
                * Math.max(f.rasterPixelBytes(), samples * f.storedKind().bytes()));
        Object out = f.storedKind().allocate(region.width() * region.height() * samples);
        for (int s = region.y() / rowsPerStrip; s <= (region.bottom() - 1) / rowsPerStrip; s++) {
            int top = s * rowsPerStrip;
            int rows = Math.min(rowsPerStrip, level.height() - top);
            int y0 = Math.max(region.y(), top);
            int y1 = Math.min(region.bottom(), top + rows);
            Rect wanted = new Rect(region.x(), y0 - top, region.width(), y1 - y0);
            Object part;
            if (uncompressed) {
                part = blocks.decodeRows(s, rowBytes, y0 - top, wanted);
            } else {
                LevelReader.checkReadSize((long) rows * rowBytes * f.planes() * Math.max(1, 8 / f.bits()));
                part = blocks.decode(s, rows, wanted);
            }
            Samples.paste(part, out, region.width(), y1 - y0, samples, region.width(), 0, y0 - region.y());
        }
        int pixels = region.width() * region.height();
        return f.raster(region.width(), region.height(), converter.convert(out, pixels));
    }

    @Override
    public int bandHeight() {
        return rowsPerStrip;
    }
}
