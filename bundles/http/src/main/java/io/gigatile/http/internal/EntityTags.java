/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Strong entity tags made from the bytes of a response, so that equal tags always mean equal bytes whatever
 * produced them (a store's version, a cache, a reconfigured encoder), and If-None-Match is answered exactly. Two
 * CRCs and the length: the JDK computes both CRCs with processor instructions, a few microseconds for a tile,
 * where a cryptographic digest would cost more than sending a stored tile.
 */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * @param body the bytes of a response
     * @return its strong entity tag, quotes included
     */
    static String of(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return "\"" + Long.toHexString(castagnoli.getValue() << 32 | ieee.getValue()) + "-"
                + Integer.toHexString(body.length) + "\"";
    }

    /**
     * If-None-Match, with the weak comparison RFC 9110 asks for GET and HEAD.
     *
     * @param ifNoneMatch the header's value, or null
     * @param tag the response's entity tag
     * @return true if the client's copy has that tag (or the header is {@code *})
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
