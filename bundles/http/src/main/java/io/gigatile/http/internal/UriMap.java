/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.Protocol;
import java.util.Locale;
import java.util.Optional;

/**
 * iipsrv's URI_MAP, {@code prefix=>protocol}: requests whose path starts with the prefix go to that protocol, the
 * rest of the path being what the protocol reads (for IIP, the image: {@code FIF=<rest>}). An empty prefix maps
 * every path no other mount takes.
 *
 * @param prefix the path prefix, without leading or trailing slashes; empty for all paths
 * @param protocol the protocol's name, lower case ({@code iiif}, {@code deepzoom}, {@code zoomify}, {@code iip},
 *        or the name of any other protocol bundle)
 */
record UriMap(String prefix, String protocol) {
    private static final String ARROW = "=>";

    /**
     * @param setting the setting's text
     * @return the mapping, or empty when the setting is empty
     * @throws IllegalArgumentException if the setting is not {@code prefix=>protocol} with a protocol name
     */
    static Optional<UriMap> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        int arrow = setting.indexOf(ARROW);
        if (arrow < 0) {
            throw new IllegalArgumentException("not of the form prefix=>protocol");
        }
        String prefix = trimSlashes(setting.substring(0, arrow).strip());
        String protocol = setting.substring(arrow + ARROW.length()).strip().toLowerCase(Locale.ROOT);
        if (!protocol.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("'" + protocol + "' is not a protocol name");
        }
        if (!prefix.matches("[A-Za-z0-9._~!$&'()*+,;=:@/-]*") || prefix.contains("//")) {
            throw new IllegalArgumentException("'" + prefix + "' is not a path prefix");
        }
        return Optional.of(new UriMap(prefix, protocol));
    }

    private static String trimSlashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '/') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '/') {
            to--;
        }
        return s.substring(from, to);
    }

    /** @return the mount path, such as {@code /images}; empty for the whole server */
    String mount() {
        return prefix.isEmpty() ? "" : "/" + prefix;
    }

    /** @return the Servlet Whiteboard patterns that take the mapped paths */
    String[] patterns() {
        return prefix.isEmpty() ? new String[] {"/*"} : new String[] {mount(), mount() + "/*"};
    }

    /**
     * What the protocol reads of a mapped request. IIP takes its parameters from the query, so the rest of the path
     * becomes the image ({@code FIF}), ahead of any query the client sent (iipsrv drops that query).
     *
     * @param target the protocol service
     * @param rest the path below the mount, still encoded, with its leading slash
     * @param query the raw query, or null
     * @return the path and the query the protocol sees
     */
    Route route(Protocol target, String rest, String query) {
        if (!protocol.equals("iip")) {
            return new Route(protocol, target, mount(), rest, query);
        }
        String image = rest.startsWith("/") ? rest.substring(1) : rest;
        String fif = "FIF=" + image;
        return new Route(protocol, target, mount(), "", query == null || query.isEmpty() ? fif : fif + "&" + query);
    }
}
