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
 * @param dpiX the output's horizontal resolution in pixels per inch, for formats that record one (JFIF, PNG's
 *        pHYs, TIFF); 0 if unknown. Since 2.6.
 * @param dpiY the output's vertical resolution in pixels per inch; 0 if unknown. Since 2.6.
 * @param compression the compression inside the format a client named ({@code lzw}, {@code deflate},
 *        {@code jpeg}... for TIFF), lower case, or null for the encoder's default; an encoder whose format has no
 *        such choice ignores it. Since 2.7.
 * @since 1.0
 */
public record EncodeOptions(int quality, byte[] iccProfile, String xmp, double dpiX, double dpiY,
        String compression) {

    /** Options that take every default and embed nothing. */
    public static final EncodeOptions DEFAULT = new EncodeOptions(-1, null, null);

    /**
     * Options without a resolution, as before version 2.6.
     *
     * @param quality format-specific quality; -1 for the encoder's default
     * @param iccProfile an ICC profile to embed, or null
     * @param xmp an XMP packet to embed, or null
     */
    public EncodeOptions(int quality, byte[] iccProfile, String xmp) {
        this(quality, iccProfile, xmp, 0, 0, null);
    }

    /**
     * Options with a resolution and without a compression, as in version 2.6.
     *
     * @param quality format-specific quality; -1 for the encoder's default
     * @param iccProfile an ICC profile to embed, or null
     * @param xmp an XMP packet to embed, or null
     * @param dpiX horizontal pixels per inch; 0 if unknown
     * @param dpiY vertical pixels per inch; 0 if unknown
     */
    public EncodeOptions(int quality, byte[] iccProfile, String xmp, double dpiX, double dpiY) {
        this(quality, iccProfile, xmp, dpiX, dpiY, null);
    }

    /** @return true if the output's resolution is known both ways */
    public boolean hasDpi() {
        return dpiX > 0 && dpiY > 0 && Double.isFinite(dpiX) && Double.isFinite(dpiY);
    }
}
