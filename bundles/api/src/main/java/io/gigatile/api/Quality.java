/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The colour quality of an output image (IIIF's quality, IIP's COL).
 *
 * @since 1.0
 */
public enum Quality {
    /** As the image is. */
    DEFAULT,
    /** In colour (the same as default for colour images). */
    COLOR,
    /** Converted to grey. */
    GRAY,
    /** Converted to black and white. */
    BITONAL
}
