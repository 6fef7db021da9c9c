/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The request is malformed: wrong syntax, an unknown command or parameter value, a region outside the image. HTTP 400.
 *
 * @since 1.0
 */
public class BadRequestException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    public BadRequestException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
