/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * How an {@link Encoder} should write.
 *
 * @param quality format-specific quality (JPEG 1 to 100, PNG 0 to 9); -1 for the encoder's configured default
 * @param iccProfile an ICC profile to embed, or null
 * @param xmp an XMP packet to embed, or null
 * @since 1.0
 */
public record EncodeOptions(int quality, byte[] iccProfile, String xmp) {

    /** Options that take every default and embed nothing. */
    public static final EncodeOptions DEFAULT = new EncodeOptions(-1, null, null);
}
