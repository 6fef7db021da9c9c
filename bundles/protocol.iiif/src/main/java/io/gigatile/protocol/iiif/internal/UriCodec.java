/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of path segments and percent-encoding of identifiers in URIs. Decoding happens exactly once,
 * so that {@code %2F} inside an identifier is a slash of the identifier, not a path separator, and {@code %252F}
 * stays {@code %2F}.
 */
final class UriCodec {
    /** Characters besides letters and digits that stay literal in an encoded identifier. */
    private static final String LITERAL = "-._~!$'()*,;:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriCodec() {
    }

    /**
     * @param segment a raw path segment
     * @return the segment decoded as UTF-8; {@code +} stays a plus, as in any path
     * @throws BadRequestException if an escape is malformed or the bytes are not UTF-8
     */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        int i = 0;
        while (i < segment.length()) {
            char c = segment.charAt(i);
            if (c == '%') {
                boolean complete = i + 2 < segment.length();
                int hi = complete ? hex(segment.charAt(i + 1)) : -1;
                int lo = complete ? hex(segment.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw new BadRequestException("malformed percent-encoding in the path");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < segment.length() ? i + 2 : i + 1;
                bytes.writeBytes(segment.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("the path is not valid UTF-8", e);
        }
    }

    /** Only ASCII hex digits: {@link Character#digit} would also take other scripts' digits. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
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
