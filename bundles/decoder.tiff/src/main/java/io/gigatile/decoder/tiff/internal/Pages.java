/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a multi-page stack from a pyramid, as iipsrv's TPTImage does: when the directory after the first is
 * another full image (marked as a page by NewSubfileType, or of the same size and not marked as a reduced
 * resolution), the file is a stack and every such directory of the chain is a page, each with its own SubIFD
 * pyramid. Otherwise the file is one image whose lower resolutions lie in its SubIFDs or the rest of the chain.
 */
final class Pages {

    /**
     * One image of the file.
     *
     * @param ifd its full-resolution directory
     * @param lower the directories that may hold its lower resolutions
     */
    record Page(Ifd ifd, List<Ifd> lower) {
    }

    private Pages() {
    }

    /**
     * @param dirs the file's directories
     * @return its images: one, or the pages of a stack
     */
    static List<Page> of(IfdReader.Directories dirs) {
        List<Ifd> chain = dirs.chain();
        Ifd first = chain.get(0);
        if (chain.size() < 2 || !isPage(chain.get(1), first)) {
            List<Ifd> lower = new ArrayList<>(dirs.subIfds().get(0));
            lower.addAll(chain.subList(1, chain.size()));
            return List.of(new Page(first, lower));
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(first, dirs.subIfds().get(0)));
        for (int i = 1; i < chain.size(); i++) {
            if (isPage(chain.get(i), first)) {
                pages.add(new Page(chain.get(i), dirs.subIfds().get(i)));
            }
        }
        return pages;
    }

    private static boolean isPage(Ifd ifd, Ifd first) {
        long type = ifd.scalar(Tag.NEW_SUBFILE_TYPE, 0);
        if ((type & Tag.SUBFILE_PAGE) != 0) {
            return true;
        }
        return (type & Tag.SUBFILE_REDUCED) == 0 && ifd.scalar(Tag.IMAGE_WIDTH, 0) == first.scalar(Tag.IMAGE_WIDTH, 0)
                && ifd.scalar(Tag.IMAGE_LENGTH, 0) == first.scalar(Tag.IMAGE_LENGTH, 0);
    }
}
