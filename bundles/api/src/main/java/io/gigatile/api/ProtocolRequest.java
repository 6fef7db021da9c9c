/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A protocol request with no servlet types in it.
 *
 * @param method the HTTP method, upper case
 * @param path the path below the protocol's mount, still percent-encoded, starting with {@code /} or empty
 * @param query the raw query string (percent-encoded, in the client's order), or empty
 * @param headers request headers by lower-case name
 * @param baseUri the absolute URI of the protocol's mount, without a trailing slash, as the client reached it
 * @param processing processing to add to every image the request asks for, given outside the protocol's syntax
 *        (IIP commands before {@code IIIF=} in iipsrv's URL); {@link ImageProcessing#NONE} mostly. Since 2.8.
 * @since 1.0
 */
public record ProtocolRequest(String method, String path, String query, Map<String, String> headers,
        String baseUri, ImageProcessing processing) {

    /** Copies the headers and checks the fields. */
    public ProtocolRequest {
        Objects.requireNonNull(method);
        path = path == null ? "" : path;
        query = query == null ? "" : query;
        headers = Map.copyOf(headers);
        Objects.requireNonNull(baseUri);
        processing = processing == null ? ImageProcessing.NONE : processing;
    }

    /**
     * A request with no processing from outside its protocol's syntax.
     *
     * @param method the HTTP method, upper case
     * @param path the path below the protocol's mount, still percent-encoded
     * @param query the raw query string, or empty
     * @param headers request headers by lower-case name
     * @param baseUri the absolute URI of the protocol's mount
     */
    public ProtocolRequest(String method, String path, String query, Map<String, String> headers, String baseUri) {
        this(method, path, query, headers, baseUri, ImageProcessing.NONE);
    }

    /**
     * @param name a header name, any case
     * @return the header's value, or null
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
