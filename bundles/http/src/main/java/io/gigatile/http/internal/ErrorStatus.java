/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.AccessDeniedException;
import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.UnsupportedFormatException;
import java.util.Optional;

/** The one place where Gigatile's domain failures become HTTP status codes. */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static int of(GigatileException e) {
        if (e instanceof BadRequestException || e instanceof LimitExceededException) {
            return 400;
        } else if (e instanceof ImageNotFoundException) {
            return 404;
        } else if (e instanceof AccessDeniedException) {
            return 403;
        } else if (e instanceof UnsupportedFormatException u) {
            return u.isFeature() ? 501 : 415;
        } else if (e instanceof SourceUnavailableException) {
            return 503;
        } else if (e instanceof DecodeFailureException) {
            return 500;
        }
        return 500;
    }

    /**
     * @param e a failure
     * @return the value of a {@code Retry-After} header for it (whole seconds, at least 1), or empty
     */
    static Optional<String> retryAfter(GigatileException e) {
        if (e instanceof SourceUnavailableException u) {
            return Optional.of(Long.toString(Math.max(1, u.retryAfter().toSeconds())));
        }
        return Optional.empty();
    }
}
