/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The request is understood but refused by policy. HTTP 403.
 *
 * @since 1.0
 */
public class AccessDeniedException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    public AccessDeniedException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged, not shown
     */
    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
