/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.api.ImageNotFoundException;
import java.nio.charset.StandardCharsets;

/** Object keys: forming them from the prefix and a name, and writing them into a request path. */
final class S3Keys {
    static final String NOT_FOUND = "image not found";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private S3Keys() {
    }

    /**
     * The remote store has screened the name already; this checks again, because servers that keep objects as
     * files (MinIO, s3proxy) may read a ".." segment as a step out of the bucket.
     *
     * @param prefix the configured key prefix
     * @param name a name below the prefix
     * @return the object's key
     * @throws ImageNotFoundException if the name is not a plain relative path
     */
    static String key(String prefix, String name) {
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("//")) {
            throw new ImageNotFoundException(NOT_FOUND);
        }
        for (String segment : name.split("/")) {
            if (segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new ImageNotFoundException(NOT_FOUND);
            }
        }
        return prefix + name;
    }

    /**
     * Encodes a path as SigV4 wants it for S3 and as it is then sent: every byte of the UTF-8 form except the
     * unreserved characters (A-Z a-z 0-9 - . _ ~) as %XY with upper-case hex, and '/' kept. S3, unlike other AWS
     * services, encodes only once.
     *
     * @param path a path or key
     * @return the encoded path
     */
    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }
}
