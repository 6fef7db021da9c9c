/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The colour interpretation of a raster's bands.
 *
 * @since 1.0
 */
public enum ColourSpace {
    /** One band of luminance, 0 is black. */
    GREY,
    /** Three bands of sRGB, optionally followed by extra bands (alpha). */
    SRGB,
    /** Three bands of CIE L*a*b*. */
    CIELAB,
    /** Any number of bands without colour meaning (multispectral). */
    MULTIBAND,
    /** One band of one bit per sample. */
    BILEVEL,
    /** One band of indices into a colour map. */
    PALETTE
}
