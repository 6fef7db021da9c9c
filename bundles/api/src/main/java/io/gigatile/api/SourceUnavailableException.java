/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The storage that holds the image does not answer, or not in time, or answers with a failure of its own: the
 * image may well exist, so this is not {@link ImageNotFoundException}. HTTP 503 with a {@code Retry-After}.
 *
 * @since 2.0
 */
public class SourceUnavailableException extends GigatileException {
    private static final long serialVersionUID = 1L;

    /** The wait suggested to clients when a store has no better idea. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final Duration retryAfter;

    /**
     * @param message a short text for the client, naming no host or path
     * @param cause the underlying failure, logged, not shown
     */
    public SourceUnavailableException(String message, Throwable cause) {
        this(message, DEFAULT_RETRY_AFTER, cause);
    }

    /**
     * @param message a short text for the client, naming no host or path
     * @param retryAfter how long clients should wait before trying again
     * @param cause the underlying failure, logged, not shown; may be null
     */
    public SourceUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    /** @return how long clients should wait before trying again */
    public Duration retryAfter() {
        return retryAfter;
    }
}
