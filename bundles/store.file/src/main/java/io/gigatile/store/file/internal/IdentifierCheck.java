/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Screens identifiers before they touch the filesystem. iipsrv strips {@code ../} and carries on; this refuses
 * instead, and also looks at the identifier decoded a second time, because a proxy or client that encodes twice
 * turns {@code ../} into {@code %252e%252e%252f}, which arrives here as {@code %2e%2e%2f}. The second decoding is
 * only looked at: the file name used is the identifier as given.
 */
final class IdentifierCheck {
    /** The one message every refusal carries, so a probe learns nothing about the filesystem. */
    static final String NOT_FOUND = "image not found";

    private static final int MAX_LENGTH = 4096;

    private IdentifierCheck() {
    }

    /**
     * @param identifier the identifier, decoded once by the protocol
     * @return the identifier without its leading slashes, relative to the store's root
     * @throws BadRequestException if it is empty or holds control characters
     * @throws ImageNotFoundException if it could leave the root or is too long
     */
    static String relative(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new BadRequestException("empty identifier");
        }
        if (identifier.length() > MAX_LENGTH) {
            throw new ImageNotFoundException(NOT_FOUND);
        }
        String relative = stripLeadingSlashes(identifier);
        if (relative.isEmpty()) {
            throw new BadRequestException("empty identifier");
        }
        screen(relative);
        screen(stripLeadingSlashes(percentDecode(relative)));
        return relative;
    }

    private static void screen(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw new BadRequestException("identifier holds control characters");
            }
        }
        if (path.indexOf('\\') >= 0 || hasDriveLetter(path)) {
            throw new ImageNotFoundException(NOT_FOUND);
        }
        for (String segment : path.split("/", -1)) {
            if (isDotDot(segment)) {
                throw new ImageNotFoundException(NOT_FOUND);
            }
        }
    }

    private static boolean hasDriveLetter(String path) {
        return path.length() >= 2 && path.charAt(1) == ':' && isAsciiLetter(path.charAt(0));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // Windows drops trailing dots and spaces from names, so "..." and ".. " mean ".." there.
    private static boolean isDotDot(String segment) {
        int dots = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c != ' ') {
                return false;
            }
        }
        return dots >= 2;
    }

    private static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }

    // Lenient: a '%' not followed by two hex digits stays as it is, as in "100%.tif"; '+' is not a space.
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            int high = i + 2 < utf8.length && utf8[i] == '%' ? Character.digit(utf8[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(utf8[i + 2], 16) : -1;
            if (low >= 0) {
                out.write(high << 4 | low);
                i += 2;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
