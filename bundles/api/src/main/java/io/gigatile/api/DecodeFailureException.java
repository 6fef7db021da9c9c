/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The image file is corrupt or cannot be decoded. HTTP 500 with a short message; the server keeps serving.
 *
 * @since 1.0
 */
public class DecodeFailureException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    public DecodeFailureException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public DecodeFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
