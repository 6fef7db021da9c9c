/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.Level;
import io.gigatile.api.UnsupportedFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the resolution levels of one image: its own directory is the full resolution; every other tiled
 * directory given (its SubIFDs, the rest of the chain) with the same kind of pixels and proportions that is
 * smaller than the previous level follows, largest first. Untiled directories (thumbnails, labels) and variants
 * this decoder cannot read are left out. Below the smallest stored level, levels made on the fly follow until
 * one fits in a tile.
 */
final class Pyramid {

    private Pyramid() {
    }

    /**
     * @param full the full-resolution directory
     * @param others directories that may hold lower resolutions of it
     * @param file the TIFF
     * @param codecs the source's codecs
     * @return the levels, full resolution first
     * @throws UnsupportedFormatException if the full-resolution directory cannot be read
     */
    static List<LevelReader> levels(Ifd full, List<Ifd> others, SharedFile file, Codecs codecs) {
        LevelReader first = LevelParser.parse(full, file, codecs);
        List<LevelReader> candidates = new ArrayList<>();
        for (Ifd ifd : others) {
            if (!ifd.has(Tag.TILE_WIDTH)) {
                continue;
            }
            try {
                LevelReader level = LevelParser.parse(ifd, file, codecs);
                if (level.format().sameRaster(first.format()) && sameProportions(first, level)) {
                    candidates.add(level);
                }
            } catch (UnsupportedFormatException | DecodeFailureException e) {
                // another kind of image in the same file, such as a mask, or a broken one: not a level of this one
            }
        }
        candidates.sort(Comparator.comparingInt((LevelReader l) -> l.level().width()).reversed());
        List<LevelReader> levels = new ArrayList<>();
        levels.add(first);
        for (LevelReader candidate : candidates) {
            Level last = levels.get(levels.size() - 1).level();
            if (candidate.level().width() < last.width() && candidate.level().height() < last.height()) {
                levels.add(candidate);
            }
        }
        addReduced(levels);
        return levels;
    }

    /** Halves the smallest stored level until a level fits in one tile. */
    private static void addReduced(List<LevelReader> levels) {
        LevelReader base = levels.get(levels.size() - 1);
        Level last = base.level();
        for (int factor = 2; factor > 0 && (last.width() > last.tileWidth() || last.height() > last.tileHeight());
                factor *= 2) {
            if (last.width() == 1 && last.height() == 1) {
                break;
            }
            ReducedLevel reduced = new ReducedLevel(base, factor);
            levels.add(reduced);
            last = reduced.level();
        }
    }

    /** Rounding each halving may move a side by a pixel, so allow a little. */
    private static boolean sameProportions(LevelReader full, LevelReader level) {
        double fullWidth = full.level().width();
        double expectedHeight = level.level().width() * full.level().height() / fullWidth;
        return Math.abs(level.level().height() - expectedHeight) <= Math.max(2.0, 0.02 * expectedHeight);
    }
}
