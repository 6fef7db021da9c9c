/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The root of Gigatile's domain failures. Each subclass stands for one kind of failure that the http bundle
 * maps to one HTTP status. Messages are short, meant for the client, and never contain a server path or
 * a stack trace.
 *
 * @since 1.0
 */
public abstract class GigatileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a short text for the client
     */
    protected GigatileException(String message) {
        super(message);
    }

    /**
     * @param message a short text for the client
     * @param cause the underlying failure, logged by the server, never shown to the client
     */
    protected GigatileException(String message, Throwable cause) {
        super(message, cause);
    }
}
