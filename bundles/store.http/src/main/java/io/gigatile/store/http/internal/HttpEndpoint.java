/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where and how a store asks: the base URL, the configured headers and the timeout, checked once so that a bad
 * configuration fails the component's activation rather than every request. Immutable. Header values may be
 * secrets, so they appear in no message and no {@link #toString()}.
 *
 * @param base the base URL, ending with '/'
 * @param headers the configured headers as name, value, name, value...
 * @param timeout the bound on connecting and on each whole request
 */
record HttpEndpoint(URI base, List<String> headers, Duration timeout) {
    // the store's own: a configured Range or precondition would break ranged, versioned reads
    private static final Set<String> RESERVED = Set.of("range", "if-range", "if-match", "if-none-match",
            "if-modified-since", "if-unmodified-since", "accept-encoding");
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

    HttpEndpoint {
        headers = List.copyOf(headers);
    }

    /**
     * @param baseUrl the configured base URL
     * @param headers the configured headers, each {@code Name: value}; may be null
     * @param timeoutSeconds the configured timeout
     * @return the endpoint
     * @throws IllegalArgumentException if one of them is unusable; the message names no header value
     */
    static HttpEndpoint of(String baseUrl, String[] headers, int timeoutSeconds) {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 second");
        }
        URI base = base(baseUrl);
        List<String> pairs = new ArrayList<>();
        for (String header : headers == null ? new String[0] : headers) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                // the entry is not quoted: it may be a secret with its colon missing
                throw new IllegalArgumentException("a configured header is not 'Name: value'");
            }
            String name = header.substring(0, colon).trim();
            if (!name.matches(TOKEN)) {
                throw new IllegalArgumentException("a configured header has an invalid name");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header '" + name + "' is the store's own and cannot be set");
            }
            pairs.add(name);
            pairs.add(header.substring(colon + 1).trim());
        }
        try {
            if (!pairs.isEmpty()) {
                HttpRequest.newBuilder(base).headers(pairs.toArray(String[]::new));
            }
        } catch (IllegalArgumentException e) {
            // no cause kept: the JDK's message may quote the value
            throw new IllegalArgumentException("a configured header is restricted or has an invalid value");
        }
        return new HttpEndpoint(base, pairs, Duration.ofSeconds(timeoutSeconds));
    }

    private static URI base(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.trim()).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must have no user information, query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith("/..")) {
            throw new IllegalArgumentException("baseUrl's path climbs above the server's root");
        }
        return URI.create(uri.toString().substring(0, uri.toString().length() - path.length())
                + (path.endsWith("/") ? path : path + "/"));
    }

    /**
     * @param name a checked object name: relative, '/'-separated, no dot segments
     * @return the base URL followed by the name, each segment percent-encoded, so the server reads back exactly
     *         the name's characters and none of them acts as a separator, query or parameter
     */
    URI uri(String name) {
        StringBuilder url = new StringBuilder(base.toString());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                url.append((char) c);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return URI.create(url.toString());
    }

    /**
     * @param uri what to ask for
     * @return a request with the configured headers and the timeout
     */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        return headers.isEmpty() ? request : request.headers(headers.toArray(String[]::new));
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < headers.size(); i += 2) {
            names.add(headers.get(i));
        }
        return "HttpEndpoint[base=" + base + ", headers=" + names + ", timeout=" + timeout + "]";
    }
}
