/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import javax.imageio.spi.ImageReaderSpi;

/**
 * Finds TwelveMonkeys' pure Java WebP reader, which this bundle imports optionally: the class alone names it,
 * so that the decoder loads where it is missing.
 */
final class WebpReaderSpi {

    private WebpReaderSpi() {
    }

    /** @return the WebP reader provider, or null where the WebP plugin is not installed */
    static ImageReaderSpi find() {
        try {
            return Holder.create();
        } catch (LinkageError e) {
            return null;
        }
    }

    /** Resolved only when called, inside the guard above. */
    private static final class Holder {
        static ImageReaderSpi create() {
            return new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi();
        }
    }
}
