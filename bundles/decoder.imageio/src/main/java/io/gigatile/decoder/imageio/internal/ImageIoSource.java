/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/**
 * One image opened with an ImageIO reader, served as a virtual pyramid: every level cut in square tiles, each
 * tile cut from a full-width strip of its level that {@link StripReader} decodes and the shared
 * {@link StripCache} keeps. Thread-safe: reads share nothing but the cache and the pool of readers.
 */
final class ImageIoSource implements ImageSource {
    private final ImageInfo info;
    private final StripReader strips;
    private final StripCache cache;
    private final ReaderPool readers;
    private final int[] tileRowsPerStrip;

    /**
     * @param info the description, with its levels
     * @param strips reads strips of the levels
     * @param cache keeps decoded strips
     * @param readers the image's readers, closed with the source
     * @param tileRowsPerStrip for each level, how many rows of tiles one strip holds
     */
    ImageIoSource(ImageInfo info, StripReader strips, StripCache cache, ReaderPool readers, int[] tileRowsPerStrip) {
        this.info = info;
        this.strips = strips;
        this.cache = cache;
        this.readers = readers;
        this.tileRowsPerStrip = tileRowsPerStrip.clone();
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public Raster readTile(int level, int tileX, int tileY) {
        if (level < 0 || level >= info.levels().size()) {
            throw new BadRequestException("no such resolution level");
        }
        Level l = info.levels().get(level);
        if (tileX < 0 || tileY < 0 || tileX >= l.tilesAcross() || tileY >= l.tilesDown()) {
            throw new BadRequestException("no such tile");
        }
        int perStrip = tileRowsPerStrip[level];
        int strip = tileY / perStrip;
        int firstRow = strip * perStrip * l.tileHeight();
        int rows = Math.min(l.height() - firstRow, perStrip * l.tileHeight());
        Raster band = cache.get(new StripCache.Key(this, level, strip), () -> strips.read(level, firstRow, rows));
        Rect rect = l.tileRect(tileX, tileY);
        return crop(band, rect.x(), rect.y() - firstRow, rect.width(), rect.height());
    }

    private static Raster crop(Raster in, int x, int y, int w, int h) {
        int bands = in.bands();
        if (in.isByteBacked()) {
            byte[] out = new byte[w * h * bands];
            for (int row = 0; row < h; row++) {
                System.arraycopy(in.bytes(), ((y + row) * in.width() + x) * bands, out, row * w * bands, w * bands);
            }
            return Raster.ofBytes(w, h, bands, in.bitsPerSample(), in.sampleType(), in.colourSpace(), out);
        }
        short[] out = new short[w * h * bands];
        for (int row = 0; row < h; row++) {
            System.arraycopy(in.shorts(), ((y + row) * in.width() + x) * bands, out, row * w * bands, w * bands);
        }
        return Raster.ofShorts(w, h, bands, in.bitsPerSample(), in.sampleType(), in.colourSpace(), out);
    }

    @Override
    public void close() {
        readers.close();
        cache.drop(this);
    }
}
