/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of identifiers in URIs, the inverse of
 * {@link io.gigatile.api.protocol.PercentDecoding#decodePathSegment}, which decodes the paths exactly once.
 */
final class UriCodec {
    /** Characters besides letters and digits that stay literal in an encoded identifier. */
    private static final String LITERAL = "-._~!$'()*,;:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriCodec() {
    }

    /**
     * @param identifier a decoded identifier
     * @return the identifier as one URI path segment: a slash becomes {@code %2F}, as the spec asks
     */
    static String encode(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length() + 16);
        for (byte b : identifier.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || LITERAL.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
