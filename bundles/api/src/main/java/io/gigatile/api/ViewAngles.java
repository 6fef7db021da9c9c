/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;

/**
 * The views of an image: the horizontal and vertical angles of an image sequence (a turntable or a stack of
 * captures, iipsrv's FILENAME_PATTERN files), or the pages of a multi-page file. Requests address a view by
 * its index in each list; IIP's {@code SDS} names the angle values, which protocols look up here.
 *
 * @param horizontal horizontal angles (or page numbers), at least one
 * @param vertical vertical angles, at least one
 * @since 1.1
 */
public record ViewAngles(List<Integer> horizontal, List<Integer> vertical) {

    /** A single image: iipsrv reports horizontal angle 0 and vertical angle 90 for it. */
    public static final ViewAngles SINGLE = new ViewAngles(List.of(0), List.of(90));

    /** Copies the lists and checks neither is empty. */
    public ViewAngles {
        horizontal = List.copyOf(horizontal);
        vertical = List.copyOf(vertical);
        if (horizontal.isEmpty() || vertical.isEmpty()) {
            throw new IllegalArgumentException("an image has at least one view");
        }
    }

    /** @return true if there is more than one view */
    public boolean isSequence() {
        return horizontal.size() > 1 || vertical.size() > 1;
    }
}
