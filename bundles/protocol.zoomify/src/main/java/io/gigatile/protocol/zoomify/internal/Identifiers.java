/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.zoomify.internal;

import io.gigatile.api.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Image identifiers as iipsrv's FIF reads them from the protocol's path. */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * Decodes as iipsrv's URL class does: {@code +} is a space, {@code %XX} a byte, {@code %00} is dropped and a
     * {@code %} not followed by two hex digits stays as it is. The bytes are read as UTF-8. The store, not the
     * protocol, keeps identifiers inside its root.
     *
     * @param raw the identifier as the client sent it
     * @return the decoded identifier
     * @throws BadRequestException if nothing is left
     */
    static String decode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                int value = hex(in[i + 1]) * 16 + hex(in[i + 2]);
                if (value != 0) {
                    out.write(value);
                }
                i += 2;
            } else {
                out.write(b);
            }
        }
        String identifier = out.toString(StandardCharsets.UTF_8);
        if (identifier.isBlank()) {
            throw new BadRequestException("the path names no image");
        }
        return identifier;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
