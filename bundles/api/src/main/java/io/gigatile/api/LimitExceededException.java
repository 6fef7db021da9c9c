/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The request is valid but exceeds a configured limit (MAX_CVT, upscaling not allowed). HTTP 400.
 *
 * @since 1.0
 */
public class LimitExceededException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    public LimitExceededException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public LimitExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
