/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.colormap.internal;

import java.util.Optional;

/**
 * iipsrv's colour maps (iip:src/Transforms.cc {@code cmap}, after Olivier Ferrand's Imagin Raytracer): one value
 * to red, green and blue. The branches are iipsrv's and in its order, because the order decides what values
 * outside 0..1 and NaN become (NaN fails every comparison and takes the last branch). Thresholds are floats and
 * the arithmetic is in double, rounded to float, as iipsrv's {@code 3. * value} with {@code const float max3}
 * is.
 */
enum Colormap {
    /** Black, red, yellow, white. */
    HOT {
        @Override
        void map(float v, float[] rgb, int at) {
            if (v <= 0) {
                set(rgb, at, 0, 0, 0);
            } else if (v < THIRD) {
                set(rgb, at, 3.0 * v, 0, 0);
            } else if (v < 2 * THIRD) {
                set(rgb, at, 1, 3.0 * v - 1, 0);
            } else if (v < 1) {
                set(rgb, at, 1, 1, 3.0 * v - 2);
            } else {
                // iipsrv tests v > 1 first but gives it the same white as 1 and NaN
                set(rgb, at, 1, 1, 1);
            }
        }
    },
    /** Black, blue, cyan, white: hot with red and blue swapped. */
    COLD {
        @Override
        void map(float v, float[] rgb, int at) {
            if (v <= 0) {
                set(rgb, at, 0, 0, 0);
            } else if (v < THIRD) {
                set(rgb, at, 0, 0, 3.0 * v);
            } else if (v < 2 * THIRD) {
                set(rgb, at, 0, 3.0 * v - 1, 1);
            } else if (v < 1) {
                set(rgb, at, 3.0 * v - 2, 1, 1);
            } else {
                set(rgb, at, 1, 1, 1);
            }
        }
    },
    /** Dark blue through cyan, yellow and red to dark red; black below 0, dark red from 1 up and for NaN. */
    JET {
        @Override
        void map(float v, float[] rgb, int at) {
            if (v < 0) {
                set(rgb, at, 0, 0, 0);
            } else if (v < EIGHTH) {
                set(rgb, at, 0, 0, 4.0 * v + 0.5);
            } else if (v < 3 * EIGHTH) {
                set(rgb, at, 0, 4.0 * v - 0.5, 1);
            } else if (v < 5 * EIGHTH) {
                set(rgb, at, 4.0 * v - 1.5, 1, 2.5 - 4.0 * v);
            } else if (v < 7 * EIGHTH) {
                set(rgb, at, 1, 3.5 - 4.0 * v, 0);
            } else if (v < 1) {
                set(rgb, at, 4.5 - 4.0 * v, 0, 0);
            } else {
                set(rgb, at, 0.5, 0, 0);
            }
        }
    },
    /** The value as red, unclamped. */
    RED {
        @Override
        void map(float v, float[] rgb, int at) {
            set(rgb, at, v, 0, 0);
        }
    },
    /** The value as green, unclamped. */
    GREEN {
        @Override
        void map(float v, float[] rgb, int at) {
            set(rgb, at, 0, v, 0);
        }
    },
    /** The value as blue, unclamped. */
    BLUE {
        @Override
        void map(float v, float[] rgb, int at) {
            set(rgb, at, 0, 0, v);
        }
    };

    /** iipsrv's {@code max3}: 1/3 rounded to float, so a value of exactly that float is past the first third. */
    private static final float THIRD = (float) (1.0 / 3.0);
    private static final float EIGHTH = 0.125f;

    /**
     * @param v the value, normally 0..1
     * @param rgb where to write red, green and blue
     * @param at the index of red in {@code rgb}
     */
    abstract void map(float v, float[] rgb, int at);

    /**
     * @param name a map's name in any case, as iipsrv lowers it
     * @return the map, or empty if there is none of that name
     */
    static Optional<Colormap> named(String name) {
        for (Colormap map : values()) {
            if (map.name().equalsIgnoreCase(name)) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }

    private static void set(float[] rgb, int at, double r, double g, double b) {
        rgb[at] = (float) r;
        rgb[at + 1] = (float) g;
        rgb[at + 2] = (float) b;
    }
}
