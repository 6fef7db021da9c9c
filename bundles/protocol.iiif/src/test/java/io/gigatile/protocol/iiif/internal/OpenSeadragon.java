/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tile URLs OpenSeadragon's IIIFTileSource (5.x, {@code getTileUrl}) computes from an info.json, for every
 * tile of every level, so that tests can check each one reaches the engine as a native tile. Old viewers
 * (OpenSeadragon 2, Mirador 2) sent {@code w,} in 2.1; {@link #widthOnly} does the same.
 */
final class OpenSeadragon {
    private final int version;
    private final int width;
    private final int height;
    /** Tile width and height by scale factor, as OpenSeadragon's tileSizePerScaleFactor. */
    private final Map<Integer, int[]> tileSizes = new HashMap<>();
    private final int maxLevel;
    private final List<int[]> levelSizes;
    private boolean widthOnly;

    /**
     * @param info the parsed info.json
     * @param useSizes whether to take level sizes from {@code sizes} as OpenSeadragon does when they fit;
     *        false computes them by rounding up, as it does otherwise
     */
    @SuppressWarnings("unchecked")
    OpenSeadragon(Map<String, Object> info, boolean useSizes) {
        this.version = info.containsKey("@id") ? 2 : 3;
        this.width = number(info.get("width"));
        this.height = number(info.get("height"));
        int maxFactor = 1;
        for (Map<String, Object> tiles : (List<Map<String, Object>>) info.get("tiles")) {
            for (Object factor : (List<Object>) tiles.get("scaleFactors")) {
                tileSizes.put(number(factor), new int[] {number(tiles.get("width")), number(tiles.get("height"))});
                maxFactor = Math.max(maxFactor, number(factor));
            }
        }
        this.maxLevel = (int) Math.round(Math.log(maxFactor) / Math.log(2));
        List<int[]> sizes = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) info.get("sizes")) {
            sizes.add(new int[] {number(s.get("width")), number(s.get("height"))});
        }
        sizes.sort(Comparator.comparingInt(s -> s[0]));
        if (sizes.isEmpty() || (sizes.get(sizes.size() - 1)[0] < width && sizes.get(sizes.size() - 1)[1] < height)) {
            sizes.add(new int[] {width, height});
        }
        boolean fits = sizes.size() == maxLevel + 1;
        for (int i = 0; fits && i < sizes.size(); i++) {
            int factor = 1 << (maxLevel - i);
            fits = Math.round((double) width / sizes.get(i)[0]) == factor
                    && Math.round((double) height / sizes.get(i)[1]) == factor;
        }
        this.levelSizes = useSizes && fits ? sizes : null;
    }

    /** Sends {@code w,} instead of {@code w,h} in 2.1, as OpenSeadragon 2 and Mirador 2 did. */
    OpenSeadragon widthOnly() {
        this.widthOnly = true;
        return this;
    }

    /**
     * A tile and the URL path after the image's id.
     *
     * @param level OpenSeadragon's level, 0 the smallest
     * @param x tile column
     * @param y tile row
     * @param path {@code /region/size/0/default.jpg}
     */
    record Tile(int level, int x, int y, String path) {
    }

    List<Tile> tiles() {
        List<Tile> all = new ArrayList<>();
        for (int level = 0; level <= maxLevel; level++) {
            double scale = Math.pow(0.5, maxLevel - level);
            int tileWidth = tileSizes.get(1 << (maxLevel - level))[0];
            int tileHeight = tileSizes.get(1 << (maxLevel - level))[1];
            int levelWidth = levelSizes != null ? levelSizes.get(level)[0] : (int) Math.ceil(width * scale);
            int levelHeight = levelSizes != null ? levelSizes.get(level)[1] : (int) Math.ceil(height * scale);
            int across = (int) Math.ceil((double) levelWidth / tileWidth);
            int down = (int) Math.ceil((double) levelHeight / tileHeight);
            for (int y = 0; y < down; y++) {
                for (int x = 0; x < across; x++) {
                    String path = url(scale, levelWidth, levelHeight, tileWidth, tileHeight, x, y);
                    all.add(new Tile(level, x, y, path));
                }
            }
        }
        return all;
    }

    private String url(double scale, int levelWidth, int levelHeight, int tileWidth, int tileHeight, int x,
            int y) {
        String region;
        String size;
        if (levelWidth < tileWidth && levelHeight < tileHeight) {
            region = "full";
            size = sizeOf(levelWidth, levelHeight);
        } else {
            long spanX = Math.round(tileWidth / scale);
            long spanY = Math.round(tileHeight / scale);
            long rx = x * spanX;
            long ry = y * spanY;
            long rw = Math.min(spanX, width - rx);
            long rh = Math.min(spanY, height - ry);
            region = rx == 0 && ry == 0 && rw == width && rh == height ? "full" : rx + "," + ry + "," + rw + "," + rh;
            size = sizeOf(Math.min(tileWidth, levelWidth - x * tileWidth), Math.min(tileHeight,
                    levelHeight - y * tileHeight));
        }
        return "/" + region + "/" + size + "/0/default.jpg";
    }

    private String sizeOf(int w, int h) {
        if (version == 2 && w == width) {
            return "full";
        } else if (version == 3 && w == width && h == height) {
            return "max";
        }
        return version == 2 && widthOnly ? w + "," : w + "," + h;
    }

    private static int number(Object o) {
        return ((BigDecimal) o).intValueExact();
    }
}
