/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ProtocolRequest;

/**
 * The URI of an image service, the {@code id} of its info.json and the stem of its canonical URIs: a client's
 * {@code X-IIIF-ID} header (set by a proxy that rewrites URLs, as in iipsrv) wins; else BASE_URL and the
 * identifier; else the address the client used, keeping its version segment and, on iipsrv's own URL, its
 * {@code ?IIIF=} form.
 */
final class ServiceId {
    /**
     * iipsrv's own URL ends so ({@code /fcgi-bin/iipsrv.fcgi}): there the id is its {@code ?IIIF=} form. Every other
     * mount, {@code /iiif} or a URI_MAP prefix, takes the identifier as a path segment.
     */
    private static final String LEGACY_SUFFIX = ".fcgi";
    private static final int MAX_HEADER = 2048;

    private ServiceId() {
    }

    /**
     * @param request the request
     * @param path its parsed path
     * @param baseUrl the configured BASE_URL, or empty
     * @return the image service's URI, without a trailing slash
     */
    static String of(ProtocolRequest request, IiifPath path, String baseUrl) {
        String header = request.header("x-iiif-id");
        if (header != null && isSafeUri(header.strip())) {
            return withoutTrailingSlash(header.strip());
        }
        String stem = (path.versioned() ? path.version().number() + "/" : "") + UriCodec.encode(path.identifier());
        if (!baseUrl.isEmpty()) {
            boolean joined = baseUrl.endsWith("/") || baseUrl.endsWith("=");
            return baseUrl + (joined ? "" : "/") + stem;
        }
        String base = request.baseUri();
        if (base.endsWith(LEGACY_SUFFIX)) {
            // ?IIIF=/id/... (a client that joins prefix and identifier with a slash, as the official validator
            // does) gets its own form back, as iipsrv echoes the address: a client compares the id with its URL
            return base + (request.path().startsWith("//") ? "?IIIF=/" : "?IIIF=") + stem;
        }
        return base + "/" + stem;
    }

    /** The header goes into JSON and a Link header: printable ASCII without the characters that end a URI. */
    private static boolean isSafeUri(String value) {
        if (value.isEmpty() || value.length() > MAX_HEADER) {
            return false;
        }
        return value.chars().allMatch(c -> c > ' ' && c < 0x7f && "<>\"\\^`{|}".indexOf(c) < 0);
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
