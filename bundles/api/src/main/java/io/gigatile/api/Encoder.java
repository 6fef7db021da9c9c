/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes rasters in one output format. Registered with the properties of
 * {@link io.gigatile.api.propertytypes.EncoderFormat}. Called concurrently: keep codec instances per call or
 * per thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface Encoder {

    /**
     * @param raster the pixels; encoders accept 8-bit unsigned grey and sRGB (with or without alpha) at least
     * @param options quality and embedded metadata
     * @param out where the encoded bytes go; not closed
     * @throws UnsupportedFormatException if the raster's format cannot be written in this format
     * @throws IOException if writing to {@code out} fails
     */
    void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException;
}
