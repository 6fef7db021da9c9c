/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The image's rights statement: its own (TIFF Copyright), else the configured COPYRIGHT. 3.0 and 2.1 want a
 * URI in {@code rights} / {@code license}; 2.1 has {@code attribution} for text, 3.0 has no place for text in
 * info.json, so text is left out there, and 1.1 has no place for either.
 *
 * @param text the statement, empty if there is none
 * @param isUri whether it is an absolute http(s) URI
 */
record Rights(String text, boolean isUri) {

    /**
     * @param info the image
     * @param copyright the configured fallback
     * @return the statement that applies
     */
    static Rights of(ImageInfo info, String copyright) {
        String own = info.metadata().get(ImageInfo.META_RIGHTS);
        String text = own != null && !own.isBlank() ? own.strip() : copyright.strip();
        return new Rights(text, isHttpUri(text));
    }

    private static boolean isHttpUri(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
