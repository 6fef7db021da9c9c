/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;

/** Reads rectangles of a level from the tiles they touch, within the size bound of one read. */
final class Regions {

    private Regions() {
    }

    /**
     * @param reader the level
     * @param region a rectangle inside it
     * @return the rectangle's pixels
     */
    static Raster compose(LevelReader reader, Rect region) {
        Level l = reader.level();
        requireInside(l, region);
        PixelFormat f = reader.format();
        LevelReader.checkReadSize((long) region.width() * region.height() * f.rasterPixelBytes());
        int bands = f.bands();
        Object out = f.rasterKind().allocate(region.width() * region.height() * bands);
        for (int ty = region.y() / l.tileHeight(); ty <= (region.bottom() - 1) / l.tileHeight(); ty++) {
            for (int tx = region.x() / l.tileWidth(); tx <= (region.right() - 1) / l.tileWidth(); tx++) {
                Rect t = l.tileRect(tx, ty);
                Rect part = intersection(t, region);
                Object cut = Samples.crop(samplesOf(reader.tile(tx, ty)), t.width() * bands, bands,
                        new Rect(part.x() - t.x(), part.y() - t.y(), part.width(), part.height()));
                Samples.paste(cut, out, part.width(), part.height(), bands, region.width(),
                        part.x() - region.x(), part.y() - region.y());
            }
        }
        return f.raster(region.width(), region.height(), out);
    }

    /** @throws BadRequestException if the region does not lie inside the level */
    static void requireInside(Level level, Rect region) {
        if (region.right() > level.width() || region.bottom() > level.height()) {
            throw new BadRequestException("region lies outside the image");
        }
    }

    static Rect intersection(Rect a, Rect b) {
        int x = Math.max(a.x(), b.x());
        int y = Math.max(a.y(), b.y());
        return new Rect(x, y, Math.min(a.right(), b.right()) - x, Math.min(a.bottom(), b.bottom()) - y);
    }

    /** @return a raster's sample array, whatever its type */
    static Object samplesOf(Raster r) {
        return switch (r.sampleType()) {
            case FLOAT -> r.floats();
            default -> r.isByteBacked() ? r.bytes() : r.bitsPerSample() <= 16 ? r.shorts() : r.ints();
        };
    }
}
