/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import io.gigatile.api.SourceUnavailableException;
import io.gigatile.store.remote.ObjectHead;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HTTP headers say about an object's version, and the preconditions that keep a read to one version: a
 * server may ignore a precondition, so the answer's own validators and Content-Range are checked too. Stateless.
 */
final class Validators {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private Validators() {
    }

    /**
     * @param headers a response's headers
     * @return its Last-Modified, or {@link Instant#EPOCH} if it has none or an unreadable one
     */
    static Instant lastModified(HttpHeaders headers) {
        return headers.firstValue("Last-Modified").flatMap(Validators::date).orElse(Instant.EPOCH);
    }

    /**
     * Strong ETags are compared byte for byte by {@code If-Match}, so a weak one would never match: then the
     * modification time is the precondition, which HTTP dates make coarse (whole seconds).
     *
     * @param request the request to make conditional
     * @param head the version it must read
     */
    static void precondition(HttpRequest.Builder request, ObjectHead head) {
        if (!head.etag().isEmpty() && !head.etag().startsWith("W/")) {
            request.header("If-Match", head.etag());
        } else if (!head.lastModified().equals(Instant.EPOCH)) {
            request.header("If-Unmodified-Since",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(head.lastModified().atOffset(ZoneOffset.UTC)));
        }
    }

    /**
     * @param headers a response's headers
     * @param head the version asked for
     * @return false if the response names another version (weak comparison of ETags, else Last-Modified)
     */
    static boolean sameVersion(HttpHeaders headers, ObjectHead head) {
        Optional<String> etag = headers.firstValue("ETag");
        if (etag.isPresent() && !head.etag().isEmpty()) {
            return opaque(etag.get()).equals(opaque(head.etag()));
        }
        Instant modified = lastModified(headers);
        return modified.equals(Instant.EPOCH) || head.lastModified().equals(Instant.EPOCH)
                || modified.equals(head.lastModified());
    }

    /**
     * @return true if the response's Content-Range is exactly the range asked of an object of the size known
     */
    static boolean contentRange(HttpHeaders headers, long position, int length, long size) {
        Matcher range = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse(""));
        try {
            return range.matches() && Long.parseLong(range.group(1)) == position
                    && Long.parseLong(range.group(2)) == position + length - 1
                    && (range.group(3).equals("*") || Long.parseLong(range.group(3)) == size);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return the Retry-After in seconds, if sensible, else the default */
    static Duration retryAfter(HttpHeaders headers) {
        long seconds;
        try {
            seconds = headers.firstValueAsLong("Retry-After").orElse(-1);
        } catch (NumberFormatException e) {
            seconds = -1; // an HTTP date, which is not worth the trouble
        }
        return seconds > 0 && seconds <= 3600 ? Duration.ofSeconds(seconds)
                : SourceUnavailableException.DEFAULT_RETRY_AFTER;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static Optional<Instant> date(String text) {
        try {
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
