/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * No image answers to the identifier, or the identifier points outside the image root. HTTP 404.
 *
 * @since 1.0
 */
public class ImageNotFoundException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    public ImageNotFoundException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public ImageNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
