/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JPEG codec that decoders holding JPEG data (TIFF tiles) and the JPEG encoder use instead of the JDK's where
 * one is present, for speed (libjpeg-turbo). Optional: its users keep the JDK's codec as the fallback, so a codec
 * may come and go at any time; the best-ranked one ({@code service.ranking}) is used. Baseline and progressive
 * 8-bit JPEG only. Called concurrently from many threads; keep no state between calls that a caller could see.
 *
 * @since 2.3
 */
@ConsumerType
public interface JpegCodec {

    /**
     * Decodes a whole JPEG image. Callers check the stream's frame against what they expect before calling (the
     * codec checks it again): a codec may hand the bytes to native code.
     *
     * @param jpeg one complete JPEG stream (SOI to EOI)
     * @param width the frame's width, as the caller found it
     * @param height the frame's height
     * @param bands 1 (grey) or 3 (colour)
     * @param rgb for 3 bands: true if the caller knows the samples are stored as RGB (no colour transform), false to
     *        let the stream's markers decide as libjpeg and the JDK's reader do (JFIF or no marker: YCbCr, converted to
     *        RGB; an Adobe marker's transform; component ids R, G, B: RGB)
     * @return {@code width * height * bands} samples, interleaved, row by row
     * @throws DecodeFailureException if the stream is corrupt or its frame is not the one given
     */
    byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb);

    /**
     * Encodes 8-bit samples as a baseline JFIF JPEG: grey, or YCbCr with 4:2:0 chroma subsampling (what iipsrv
     * and the JDK write), with libjpeg's quality scale.
     *
     * @param samples {@code width * height * bands} samples, interleaved, row by row (not modified)
     * @param width the width
     * @param height the height
     * @param bands 1 (grey) or 3 (RGB)
     * @param quality 1 to 100
     * @return the JPEG stream
     * @throws IllegalArgumentException if the sizes or bands do not fit
     */
    byte[] encode(byte[] samples, int width, int height, int bands, int quality);
}
