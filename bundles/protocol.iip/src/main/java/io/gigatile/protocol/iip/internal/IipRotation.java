/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.Level;

/**
 * What {@code ROT=[!]degrees} asks for, as iipsrv's ROT command and Transforms.cc {@code rotate} honour it: the
 * angle is cut to a whole number, only multiples of 90 turn the image (others are ignored), and a leading
 * {@code !} flips horizontally before the rotation. iipsrv reads {@code ROT=!180} as a vertical flip, which is a
 * mirror and a half turn, and then keeps its rotation at 0: such a tile is flipped where it is, not renumbered.
 *
 * @param mirror whether to flip horizontally first
 * @param degrees the clockwise turn: 0, 90, 180 or 270
 * @param renumbered whether tiles are renumbered as iipsrv's JTL does for a half turn
 */
record IipRotation(boolean mirror, int degrees, boolean renumbered) {
    /** No ROT, or a neutral one. */
    static final IipRotation NONE = new IipRotation(false, 0, false);

    /**
     * @param value the ROT argument
     * @return what it asks for
     * @throws io.gigatile.api.BadRequestException if the angle is not a finite number
     */
    static IipRotation parse(String value) {
        boolean mirror = value.startsWith("!");
        String angle = mirror ? value.substring(1) : value;
        float raw = angle.isBlank() ? 0 : IipNumbers.decimal("ROT", angle);
        if (mirror && raw == 180) {
            return new IipRotation(true, 180, false);
        }
        // iipsrv truncates with (int) and ignores angles that are not right angles. Its C remainder makes a
        // negative right angle an unfilled buffer; turning the other way round is what such a client means.
        int whole = (int) raw;
        int degrees = whole % 90 == 0 ? Math.floorMod(whole, 360) : 0;
        return new IipRotation(mirror, degrees, degrees == 180);
    }

    /** @return true if a quarter turn swaps the image's width and height, as OBJ=Max-size reports them */
    boolean swapsSides() {
        return degrees == 90 || degrees == 270;
    }

    /**
     * The tile iipsrv's JTL reads for a tile number: for a half turn the grid counted from its other end, so that
     * the turned tiles assemble into the turned image. iipsrv 1.3 leaves the number alone for quarter turns (its
     * branches for 90 and 270 are empty), and so does this: the tile itself is turned.
     *
     * @param tile the number the client asked for, checked to be in the level
     * @param level the level it is in
     * @return the number of the tile to read
     */
    int sourceTile(int tile, Level level) {
        return renumbered ? level.tilesAcross() * level.tilesDown() - 1 - tile : tile;
    }
}
