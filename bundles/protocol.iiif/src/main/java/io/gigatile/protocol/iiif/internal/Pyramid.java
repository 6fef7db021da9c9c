/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image's resolution levels as IIIF sees them: an integer scale factor per level, taken from the real level
 * sizes. A level is addressable by tiles only if its size is the full size divided by its factor, give or take
 * the pixel that pyramid tools round up or down; other levels (a non-dyadic step) are left out of
 * {@code scaleFactors} and served by resampling.
 */
final class Pyramid {

    /**
     * A tile-addressable level.
     *
     * @param index the level's index in {@link ImageInfo#levels()}, 0 for full resolution
     * @param scale the scale factor, full size / level size
     * @param level the level
     */
    record Step(int index, int scale, Level level) {
    }

    /**
     * One entry of info.json's {@code tiles}: a tile size and the scale factors using it.
     *
     * @param width tile width
     * @param height tile height
     * @param scaleFactors the factors, smallest first
     */
    record Tiles(int width, int height, List<Integer> scaleFactors) {
    }

    private final ImageInfo info;
    private final List<Step> steps;

    Pyramid(ImageInfo info) {
        this.info = info;
        List<Step> found = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < info.levels().size(); i++) {
            Level level = info.levels().get(i);
            int scale = (int) Math.max(1, Math.round((double) info.width() / level.width()));
            if (scale > previous && Math.abs(level.width() - (double) info.width() / scale) < 1
                    && Math.abs(level.height() - (double) info.height() / scale) < 1) {
                found.add(new Step(i, scale, level));
                previous = scale;
            }
        }
        this.steps = List.copyOf(found);
    }

    /** @return the tile-addressable levels, full resolution first */
    List<Step> steps() {
        return steps;
    }

    /** @return info.json's {@code tiles}: one entry per tile size, in level order */
    List<Tiles> tiles() {
        Map<List<Integer>, List<Integer>> bySize = new LinkedHashMap<>();
        for (Step step : steps) {
            bySize.computeIfAbsent(List.of(step.level().tileWidth(), step.level().tileHeight()),
                    k -> new ArrayList<>()).add(step.scale());
        }
        List<Tiles> tiles = new ArrayList<>();
        bySize.forEach((size, factors) -> tiles.add(new Tiles(size.get(0), size.get(1), List.copyOf(factors))));
        return tiles;
    }

    /**
     * @param limits the output limits
     * @return info.json's {@code sizes}: every level's size within the limits, smallest first
     */
    List<int[]> sizes(Limits limits) {
        List<int[]> sizes = new ArrayList<>();
        for (int i = info.levels().size() - 1; i >= 0; i--) {
            Level level = info.levels().get(i);
            boolean seen = !sizes.isEmpty() && sizes.get(sizes.size() - 1)[0] == level.width()
                    && sizes.get(sizes.size() - 1)[1] == level.height();
            if (!seen && limits.admits(level.width(), level.height())) {
                sizes.add(new int[] {level.width(), level.height()});
            }
        }
        return sizes;
    }
}
