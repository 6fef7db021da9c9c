/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.UnsupportedFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the resolution levels among a TIFF's directories: the first directory is the full resolution; every
 * other tiled directory with the same bands and proportions that is smaller than the previous level follows,
 * largest first. Untiled directories (thumbnails, labels) and variants this decoder cannot read are left out.
 */
final class Pyramid {

    private Pyramid() {
    }

    /**
     * @param ifds the directories, the first directory first
     * @param file the TIFF
     * @param jpeg the source's JPEG readers, or null
     * @return the levels, full resolution first
     * @throws UnsupportedFormatException if the first directory cannot be read
     */
    static List<TiffLevel> levels(List<Ifd> ifds, SharedFile file, JpegReaders jpeg) {
        TiffLevel full = LevelParser.parse(ifds.get(0), file, jpeg);
        List<TiffLevel> candidates = new ArrayList<>();
        for (Ifd ifd : ifds.subList(1, ifds.size())) {
            if (!ifd.has(Tag.TILE_WIDTH)) {
                continue;
            }
            try {
                TiffLevel level = LevelParser.parse(ifd, file, jpeg);
                if (level.bands() == full.bands() && sameProportions(full, level)) {
                    candidates.add(level);
                }
            } catch (UnsupportedFormatException e) {
                // another kind of image in the same file, such as a mask: not a level of this one
            }
        }
        candidates.sort(Comparator.comparingInt((TiffLevel l) -> l.level().width()).reversed());
        List<TiffLevel> levels = new ArrayList<>();
        levels.add(full);
        for (TiffLevel candidate : candidates) {
            TiffLevel last = levels.get(levels.size() - 1);
            if (candidate.level().width() < last.level().width()
                    && candidate.level().height() < last.level().height()) {
                levels.add(candidate);
            }
        }
        return levels;
    }

    /** Rounding each halving may move a side by a pixel, so allow a little. */
    private static boolean sameProportions(TiffLevel full, TiffLevel level) {
        double fullWidth = full.level().width();
        double expectedHeight = level.level().width() * full.level().height() / fullWidth;
        return Math.abs(level.level().height() - expectedHeight) <= Math.max(2.0, 0.02 * expectedHeight);
    }
}
