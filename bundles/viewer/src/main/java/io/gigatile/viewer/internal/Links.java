/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import java.nio.charset.StandardCharsets;

/**
 * The server's own URLs for an identifier, relative to the server's root ({@code base}, the servlet context path,
 * usually empty), so that they work behind a proxy that keeps the path. Each protocol gets the identifier the way
 * it decodes it: IIIF decodes the identifier segment once, so every '/' is {@code %2F}; DeepZoom and Zoomify read
 * the identifier from the path with its folders, so '/' stays and everything else is encoded (a '+' too, which
 * they read as a space).
 */
final class Links {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;

    /** @param base the context path, empty or starting with '/' and not ending with one */
    Links(String base) {
        this.base = base;
    }

    String home() {
        return base + "/";
    }

    String folder(String folder, int page) {
        StringBuilder url = new StringBuilder(base).append('/');
        String sep = "?";
        if (!folder.isEmpty()) {
            url.append("?folder=").append(encode(folder, false));
            sep = "&";
        }
        if (page > 1) {
            url.append(sep).append("page=").append(page);
        }
        return url.toString();
    }

    String viewForm() {
        return base + "/viewer/view";
    }

    String view(String identifier) {
        return viewForm() + "?id=" + encode(identifier, false);
    }

    String staticFile(String name) {
        return base + "/viewer/static/" + name;
    }

    String iiifInfo(String identifier) {
        return base + "/iiif/3/" + encode(identifier, false) + "/info.json";
    }

    String iiif2Info(String identifier) {
        return base + "/iiif/2/" + encode(identifier, false) + "/info.json";
    }

    /** With 3.0's {@code ^}: an image smaller than the box is a 400 without it (as in iipsrv and the validator). */
    String thumbnail(String identifier, int size) {
        return base + "/iiif/3/" + encode(identifier, false) + "/full/^!" + size + "," + size + "/0/default.jpg";
    }

    String deepZoom(String identifier) {
        return base + "/deepzoom/" + encode(identifier, true) + ".dzi";
    }

    String zoomify(String identifier) {
        return base + "/zoomify/" + encode(identifier, true) + "/ImageProperties.xml";
    }

    /**
     * Percent-encodes UTF-8 bytes, leaving only RFC 3986's unreserved characters (and '/', if asked) as they are.
     *
     * @param text any text
     * @param keepSlashes whether '/' stays a path separator
     * @return the encoded text, safe in a path segment, a query value and an HTML attribute
     */
    static String encode(String text, boolean keepSlashes) {
        StringBuilder out = new StringBuilder(text.length() * 3 / 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || (keepSlashes && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
