/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.protocol.PowerOfTwoTiles;
import java.util.Locale;

/**
 * An image's Zoomify tiers, as Zoomify viewers (OpenSeadragon, OpenLayers) compute them from WIDTH, HEIGHT and
 * TILESIZE: the full resolution, then halvings rounded down, until both sides fit in one tile; tier 0 is the
 * smallest. Tiles are numbered through all tiers from the smallest, left to right and top to bottom, and
 * every 256 of them make a tile group. A tier is served from the stored level of its size where there is one,
 * as in iipsrv, and scaled from the stored levels where not.
 */
final class ZoomifyTiers {
    /** Tiles in one TileGroup folder. */
    static final int GROUP_SIZE = 256;

    private final ImageInfo info;
    private final int tileSize;
    private final int count;
    private final PowerOfTwoTiles mapping;

    /**
     * @param info the image
     */
    ZoomifyTiers(ImageInfo info) {
        this.info = info;
        this.tileSize = info.levels().get(0).tileWidth();
        int halvings = 0;
        while ((info.width() >> halvings) > tileSize || (info.height() >> halvings) > tileSize) {
            halvings++;
        }
        this.count = halvings + 1;
        this.mapping = new PowerOfTwoTiles(info, tileSize);
    }

    /** @return the number of tiers */
    int count() {
        return count;
    }

    int tileSize() {
        return tileSize;
    }

    /**
     * @param tier a tier from 0 to {@code count() - 1}
     * @return its width: the full width halved, rounded down, once per tier above it
     */
    int width(int tier) {
        return info.width() >> shift(tier);
    }

    /**
     * @param tier a tier from 0 to {@code count() - 1}
     * @return its height, rounded down like the width (0 for an image much wider than high, as viewers have it)
     */
    int height(int tier) {
        return info.height() >> shift(tier);
    }

    int columns(int tier) {
        return (int) (((long) width(tier) + tileSize - 1) / tileSize);
    }

    int rows(int tier) {
        return (int) (((long) height(tier) + tileSize - 1) / tileSize);
    }

    /** @return the number of tiles in all tiers, Zoomify's NUMTILES */
    long tiles() {
        return firstTile(count);
    }

    /**
     * @param tier the tier
     * @param column the tile column
     * @param row the tile row
     * @return the tile group that holds that tile
     */
    long group(int tier, int column, int row) {
        return (firstTile(tier) + (long) row * columns(tier) + column) / GROUP_SIZE;
    }

    /**
     * @param group the tile group the client named
     * @param tier the tier
     * @param column the tile column
     * @param row the tile row
     * @return what to ask the engine for
     * @throws BadRequestException if the tier or the tile does not exist or lies in another tile group
     */
    PowerOfTwoTiles.Target tile(int group, int tier, int column, int row) {
        if (tier >= count) {
            throw new BadRequestException("Zoomify tiers of this image go from 0 to " + (count - 1));
        }
        if (column >= columns(tier) || row >= rows(tier)) {
            throw new BadRequestException("Zoomify tier " + tier + " has " + columns(tier) + "x" + rows(tier)
                    + " tiles");
        }
        long expected = group(tier, column, row);
        if (group != expected) {
            throw new BadRequestException("that tile is in TileGroup" + expected);
        }
        long x = (long) column * tileSize;
        long y = (long) row * tileSize;
        return mapping.target(shift(tier), column, row, (int) Math.min(tileSize, width(tier) - x),
                (int) Math.min(tileSize, height(tier) - y));
    }

    /** @return the ImageProperties.xml, in iipsrv's layout */
    String properties() {
        return String.format(Locale.ROOT, "<IMAGE_PROPERTIES WIDTH=\"%d\" HEIGHT=\"%d\" NUMTILES=\"%d\" "
                + "NUMIMAGES=\"1\" VERSION=\"1.8\" TILESIZE=\"%d\" />", info.width(), info.height(), tiles(), tileSize);
    }

    private int shift(int tier) {
        return count - 1 - tier;
    }

    /** @return the number of tiles in the tiers below {@code tier} */
    private long firstTile(int tier) {
        long tiles = 0;
        for (int t = 0; t < tier; t++) {
            tiles += (long) columns(t) * rows(t);
        }
        return tiles;
    }
}
