/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.lang.reflect.Array;

/** Builds a region of a level from the tiles it touches: the default of {@link ImageSource#readRegion}. */
final class RegionComposer {

    private RegionComposer() {
    }

    /** Reads one tile of a level. */
    @FunctionalInterface
    interface Tiles {
        Raster read(int level, int tileX, int tileY);
    }

    static Raster compose(ImageSource source, int level, Rect region) {
        return compose(source::readTile, source.info(), level, region);
    }

    static Raster compose(Tiles source, ImageInfo info, int level, Rect region) {
        Level l = info.levels().get(level);
        if (region.right() > l.width() || region.bottom() > l.height()) {
            throw new BadRequestException("region lies outside the image");
        }
        int firstX = region.x() / l.tileWidth();
        int firstY = region.y() / l.tileHeight();
        int lastX = (region.right() - 1) / l.tileWidth();
        int lastY = (region.bottom() - 1) / l.tileHeight();
        if (firstX == lastX && firstY == lastY) {
            Raster tile = source.read(level, firstX, firstY);
            Rect tileRect = l.tileRect(firstX, firstY);
            if (tileRect.equals(region)) {
                return tile;
            }
        }
        Object out = null;
        Raster first = null;
        for (int ty = firstY; ty <= lastY; ty++) {
            for (int tx = firstX; tx <= lastX; tx++) {
                Raster tile = source.read(level, tx, ty);
                if (first == null) {
                    first = tile;
                    out = Array.newInstance(arrayOf(tile).getClass().getComponentType(),
                            region.width() * region.height() * tile.bands());
                } else if (tile.bands() != first.bands() || tile.sampleType() != first.sampleType()
                        || arrayOf(tile).getClass() != out.getClass()) {
                    throw new DecodeFailureException("tiles of one level differ in sample format");
                }
                copy(tile, l.tileRect(tx, ty), out, region);
            }
        }
        return wrap(first, region, out);
    }

    private static void copy(Raster tile, Rect tileRect, Object out, Rect region) {
        int bands = tile.bands();
        int x0 = Math.max(tileRect.x(), region.x());
        int x1 = Math.min(tileRect.right(), region.right());
        int y0 = Math.max(tileRect.y(), region.y());
        int y1 = Math.min(tileRect.bottom(), region.bottom());
        Object in = arrayOf(tile);
        int run = (x1 - x0) * bands;
        for (int y = y0; y < y1; y++) {
            int src = ((y - tileRect.y()) * tile.width() + (x0 - tileRect.x())) * bands;
            int dst = ((y - region.y()) * region.width() + (x0 - region.x())) * bands;
            System.arraycopy(in, src, out, dst, run);
        }
    }

    private static Object arrayOf(Raster r) {
        switch (r.sampleType()) {
            case FLOAT:
                return r.floats();
            default:
                if (r.isByteBacked()) {
                    return r.bytes();
                }
                return r.bitsPerSample() <= 16 ? r.shorts() : r.ints();
        }
    }

    private static Raster wrap(Raster like, Rect region, Object samples) {
        int w = region.width();
        int h = region.height();
        int b = like.bands();
        if (samples instanceof byte[] bytes) {
            return Raster.ofBytes(w, h, b, like.bitsPerSample(), like.sampleType(), like.colourSpace(), bytes);
        } else if (samples instanceof short[] shorts) {
            return Raster.ofShorts(w, h, b, like.bitsPerSample(), like.sampleType(), like.colourSpace(), shorts);
        } else if (samples instanceof int[] ints) {
            return Raster.ofInts(w, h, b, like.sampleType(), like.colourSpace(), ints);
        }
        return Raster.ofFloats(w, h, b, like.colourSpace(), (float[]) samples);
    }
}
