/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The headers every response carries whatever its protocol: CORS and caching. Immutable but for a memo. */
final class HeaderPolicy {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final String cors;
    private final String cacheControl;
    /** The last date formatted: answers in a row mostly come from one image, so one date. */
    private volatile HttpDate lastDate = new HttpDate(Long.MIN_VALUE, "");

    private record HttpDate(long epochSecond, String text) {
    }

    HeaderPolicy(String cors, String cacheControl) {
        this.cors = cors == null ? "" : cors.strip();
        this.cacheControl = cacheControl == null ? "" : cacheControl.strip();
    }

    static HeaderPolicy of(HttpConfig config) {
        return new HeaderPolicy(config.cors(), config.cacheControl());
    }

    /** CORS goes on errors too, or browsers hide the error from the page that asked. */
    void addCors(HttpServletResponse response) {
        if (!cors.isEmpty()) {
            response.setHeader("Access-Control-Allow-Origin", cors);
            response.setHeader("Access-Control-Expose-Headers", "Link, Content-Length, Last-Modified, ETag");
        }
    }

    void addPreflight(HttpServletRequest request, HttpServletResponse response) {
        if (!cors.isEmpty()) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            String asked = request.getHeader("Access-Control-Request-Headers");
            if (asked != null && !asked.isBlank()) {
                response.setHeader("Access-Control-Allow-Headers", asked);
            }
            response.setHeader("Access-Control-Max-Age", "86400");
        }
    }

    void addCaching(HttpServletResponse response, Instant lastModified) {
        // a protocol that set its own knows better: IIIF marks an answer chosen by the Accept header private
        if (!cacheControl.isEmpty() && !response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", cacheControl);
        }
        if (lastModified != null) {
            response.setHeader("Last-Modified", httpDate(lastModified));
        }
    }

    /** @return the time as HTTP writes dates (RFC 9110, 5.6.7), in whole seconds */
    String httpDate(Instant time) {
        HttpDate last = lastDate;
        if (last.epochSecond() != time.getEpochSecond()) {
            last = new HttpDate(time.getEpochSecond(), HTTP_DATE.format(time.truncatedTo(ChronoUnit.SECONDS)));
            lastDate = last;
        }
        return last.text();
    }

    /** True when the client's copy, dated by If-Modified-Since, is still the file's current state. */
    static boolean notModified(HttpServletRequest request, Instant lastModified) {
        if (lastModified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
    }
}
