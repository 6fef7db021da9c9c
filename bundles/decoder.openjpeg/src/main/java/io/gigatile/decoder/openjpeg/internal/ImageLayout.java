/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import com.sun.jna.Pointer;

/**
 * Reads OpenJPEG's {@code opj_image_t} and {@code opj_image_comp_t} (unchanged from 2.1 to 2.5) field by field, at
 * their offsets on LP64 platforms: the loader refuses others. Plain offsets rather than JNA structures, so that
 * nothing is read or written that is not named here.
 */
final class ImageLayout {
    /** The size of {@code opj_image_comp_t}: 11 unsigned ints, padding, a pointer and a short, padded to 8. */
    static final int COMPONENT_SIZE = 64;

    private ImageLayout() {
    }

    /**
     * The fields of {@code opj_image_t} a decode checks.
     *
     * @param x0 {@code x0}: the left edge of the image on the reference grid
     * @param y0 {@code y0}
     * @param x1 {@code x1}: the right edge, exclusive
     * @param y1 {@code y1}
     * @param components {@code numcomps}
     * @param comps {@code comps}, the array of components
     */
    record Image(long x0, long y0, long x1, long y1, long components, Pointer comps) {
        static Image read(Pointer image) {
            return new Image(unsigned(image, 0), unsigned(image, 4), unsigned(image, 8), unsigned(image, 12),
                    unsigned(image, 16), image.getPointer(24));
        }

        /** @return component {@code index} of {@link #comps}, which the caller has checked is non-null */
        Component component(int index) {
            return Component.read(comps.share((long) index * COMPONENT_SIZE));
        }
    }

    /**
     * The fields of one {@code opj_image_comp_t}.
     *
     * @param dx {@code dx}: sub-sampling
     * @param dy {@code dy}
     * @param width {@code w}: the decoded width at the decoded resolution
     * @param height {@code h}
     * @param precision {@code prec}
     * @param signed {@code sgnd}
     * @param factor {@code factor}: the resolution reduction it was decoded at
     * @param data {@code data}: {@code w * h} 32-bit samples, or null before decoding
     */
    record Component(long dx, long dy, long width, long height, long precision, boolean signed, long factor,
            Pointer data) {
        static Component read(Pointer comp) {
            return new Component(unsigned(comp, 0), unsigned(comp, 4), unsigned(comp, 8), unsigned(comp, 12),
                    unsigned(comp, 24), comp.getInt(32) != 0, unsigned(comp, 40), comp.getPointer(48));
        }
    }

    private static long unsigned(Pointer p, long offset) {
        return Integer.toUnsignedLong(p.getInt(offset));
    }
}
