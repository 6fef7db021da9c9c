/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.Rect;
import io.gigatile.api.Region;
import java.util.Optional;

/**
 * Recognises a request for exactly one native tile, as viewers compute them from info.json: the region is the
 * tile's area at full resolution ({@code n * tileWidth * scale}, cut at the image's edge) and the size is the
 * tile's size in its level. Such requests go to the engine as {@link Region#tile} so that codec pass-through and
 * the tile caches serve them.
 *
 * <p>A viewer computes the size of an edge tile from the full size ({@code ceil((width - x) / scale)}), while
 * the pyramid tool may have rounded the level's size down: the two may differ by one pixel, which is accepted
 * for the last column and row. With 2.1's {@code w,} only the width is compared: the height the spec derives
 * from the region's aspect ratio may miss an edge tile's own height by a pixel.
 */
final class TileMatcher {

    /** Which dimensions of the output a size parameter names. */
    enum Given {
        /** {@code w,}: the height follows. */
        WIDTH,
        /** {@code ,h}: the width follows. */
        HEIGHT,
        /** Both, or a form that fixes both. */
        BOTH
    }

    private TileMatcher() {
    }

    /**
     * @param pyramid the image's levels
     * @param imageWidth full width
     * @param imageHeight full height
     * @param region the region in full-resolution pixels
     * @param out the output size
     * @param given which of the output's dimensions the request named
     * @return the native tile the request is, if it is one
     */
    static Optional<Region> match(Pyramid pyramid, int imageWidth, int imageHeight, Rect region,
            SizeResolver.Extent out, Given given) {
        for (Pyramid.Step step : pyramid.steps()) {
            long spanX = (long) step.level().tileWidth() * step.scale();
            long spanY = (long) step.level().tileHeight() * step.scale();
            if (region.x() % spanX != 0 || region.y() % spanY != 0) {
                continue;
            }
            long tx = region.x() / spanX;
            long ty = region.y() / spanY;
            if (tx >= step.level().tilesAcross() || ty >= step.level().tilesDown()
                    || region.width() != Math.min(spanX, imageWidth - region.x())
                    || region.height() != Math.min(spanY, imageHeight - region.y())) {
                continue;
            }
            Rect tile = step.level().tileRect((int) tx, (int) ty);
            boolean lastColumn = tx == step.level().tilesAcross() - 1;
            boolean lastRow = ty == step.level().tilesDown() - 1;
            if ((given == Given.HEIGHT || near(out.width(), tile.width(), lastColumn))
                    && (given == Given.WIDTH || near(out.height(), tile.height(), lastRow))) {
                return Optional.of(Region.tile(step.index(), (int) tx, (int) ty));
            }
        }
        return Optional.empty();
    }

    private static boolean near(int requested, int actual, boolean edge) {
        return requested == actual || (edge && Math.abs(requested - actual) == 1);
    }
}
