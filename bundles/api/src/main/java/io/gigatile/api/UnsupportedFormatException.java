/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The image exists but no decoder reads it, or the requested output format or feature is not provided. HTTP 415 for input formats; protocols may choose 501 for features through {@link #isFeature()}.
 *
 * @since 1.0
 */
public class UnsupportedFormatException extends GigatileException {
    private static final long serialVersionUID = 1L;
    private final boolean feature;

    /**
     * @param message a short text for the client
     */
    public UnsupportedFormatException(String message) {
        super(message);
        this.feature = false;
    }

    /**
     * @param message a short text for the client
     * @param feature true when a requested feature (an output format, a quality) is missing rather than an
     *        input format
     */
    public UnsupportedFormatException(String message, boolean feature) {
        super(message);
        this.feature = feature;
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
        this.feature = false;
    }

    /** @return true when a requested feature, not the image's own format, is unsupported */
    public boolean isFeature() {
        return feature;
    }
}
