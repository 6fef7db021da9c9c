/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.protocol;

import io.gigatile.api.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of text from a request, done exactly once, so that {@code %2F} is a slash of the value and
 * {@code %252F} stays {@code %2F}. Two rule sets exist because clients of iipsrv-compatible protocols rely on
 * iipsrv's forgiving decoder while URI paths (IIIF) follow RFC 3986. Only ASCII hex digits form an escape.
 *
 * @since 1.0
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /**
     * Decodes as iipsrv's URL class does: {@code +} is a space, {@code %XX} a byte, {@code %00} is dropped and a
     * {@code %} not followed by two hex digits stays as it is. The bytes are read as UTF-8, a malformed sequence
     * becoming U+FFFD. Never fails.
     *
     * @param raw the text as the client sent it
     * @return the decoded text
     */
    public static String decodeAsIipsrv(String raw) {
        return decode(raw, false);
    }

    /**
     * Decodes one URI path segment: {@code %XX} is a byte, {@code +} stays a plus, as in any path.
     *
     * @param segment a raw path segment
     * @return the segment decoded as UTF-8
     * @throws BadRequestException if an escape is malformed or the bytes are not UTF-8
     */
    public static String decodePathSegment(String segment) {
        return decode(segment, true);
    }

    private static String decode(String raw, boolean strict) {
        if (raw.indexOf('%') < 0 && (strict || raw.indexOf('+') < 0)) {
            return raw;
        }
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '%') {
                int value = i + 2 < in.length ? escaped(in[i + 1], in[i + 2]) : -1;
                if (value >= 0) {
                    // iipsrv drops NUL bytes, which would cut its C strings short
                    if (value != 0 || strict) {
                        out.write(value);
                    }
                    i += 2;
                    continue;
                }
                if (strict) {
                    throw new BadRequestException("malformed percent-encoding in the path");
                }
            }
            out.write(b == '+' && !strict ? ' ' : b);
        }
        return strict ? strictUtf8(out.toByteArray()) : out.toString(StandardCharsets.UTF_8);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("the path is not valid UTF-8", e);
        }
    }

    /** @return the byte the two hex digits stand for, or -1 if they are not both ASCII hex digits */
    private static int escaped(byte high, byte low) {
        int h = hex(high);
        int l = hex(low);
        return h < 0 || l < 0 ? -1 : h << 4 | l;
    }

    /** Only ASCII: {@link Character#digit} would also take other scripts' digits. */
    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        } else if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        } else if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
