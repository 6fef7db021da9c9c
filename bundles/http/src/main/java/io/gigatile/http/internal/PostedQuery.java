/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The query string a POST carries in its body, read with a bound: a query is a line, not an upload. */
final class PostedQuery {
    /** Bytes a posted query may hold; iipsrv's longest requests are a few hundred. */
    static final int LIMIT = 16 * 1024;
    /** Bytes of a longer body read and dropped, so that its client reads the 413 rather than a reset connection. */
    private static final long DRAIN = 1 << 20;

    private PostedQuery() {
    }

    /**
     * @param req a POST
     * @return its body as text, or empty when it is longer than {@link #LIMIT}
     * @throws IOException if the body cannot be read
     */
    static Optional<String> read(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > DRAIN) {
            return Optional.empty();
        }
        try (InputStream in = req.getInputStream()) {
            byte[] body = in.readNBytes(LIMIT + 1);
            if (body.length > LIMIT) {
                long left = DRAIN;
                long skipped;
                while (left > 0 && (skipped = in.skip(left)) > 0) {
                    left -= skipped;
                }
                return Optional.empty();
            }
            // a form's body is percent-encoded ASCII; its line ending, if any, is not part of the query
            return Optional.of(new String(body, StandardCharsets.ISO_8859_1).strip());
        }
    }
}
