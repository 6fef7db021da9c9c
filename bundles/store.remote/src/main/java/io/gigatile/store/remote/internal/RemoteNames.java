/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Screens identifiers before they become object names. The name goes to a web server or an S3 implementation
 * that may decode it once more, normalise Unicode, treat '\' as '/', take {@code ..;x} as {@code ..} (servlet path
 * parameters) or collapse {@code //}; any of those could turn a harmless looking name into one above the root. So
 * the identifier is refused if it, its second percent-decoding or the NFKC form of either holds something that
 * could climb. The name used is the identifier as given, minus leading slashes: the screened forms are only
 * looked at. Stateless.
 */
public final class RemoteNames {
    /** The one message every refusal carries, so a probe learns nothing about the storage. */
    public static final String NOT_FOUND = "image not found";

    private static final int MAX_LENGTH = 4096;

    private RemoteNames() {
    }

    /**
     * @param identifier the identifier, decoded once by the protocol
     * @return the object name: relative, '/'-separated, no empty, '.' or '..' segments
     * @throws BadRequestException if it is empty or holds control characters
     * @throws ImageNotFoundException if it could leave the root or is too long
     */
    public static String check(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new BadRequestException("empty identifier");
        }
        if (identifier.length() > MAX_LENGTH) {
            throw new ImageNotFoundException(NOT_FOUND);
        }
        int start = 0;
        while (start < identifier.length() && identifier.charAt(start) == '/') {
            start++;
        }
        String name = identifier.substring(start);
        if (name.isEmpty()) {
            throw new BadRequestException("empty identifier");
        }
        screenWithCompatibilityForm(name);
        String decoded = percentDecode(name);
        if (decoded.indexOf('\uFFFD') >= 0) {
            // malformed UTF-8 such as %c0%ae, which old servers read as '.'
            throw new ImageNotFoundException(NOT_FOUND);
        }
        screenWithCompatibilityForm(decoded);
        return name;
    }

    private static void screenWithCompatibilityForm(String path) {
        screen(path);
        // fullwidth dots, slashes and backslashes become ASCII in NFKC, which some servers apply
        screen(Normalizer.normalize(path, Normalizer.Form.NFKC));
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
            if (climbs(segment)) {
                throw new ImageNotFoundException(NOT_FOUND);
            }
        }
    }

    private static boolean hasDriveLetter(String path) {
        char first = path.isEmpty() ? ' ' : path.charAt(0);
        return path.length() >= 2 && path.charAt(1) == ':'
                && ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'));
    }

    /**
     * True for segments of nothing but dots and spaces, empty ones included: empty segments may be collapsed and
     * '.' ones dropped, which moves what follows up a level; Windows servers drop trailing dots and spaces; and
     * what follows ';' is a path parameter to servlet containers, so {@code ..;x} is {@code ..} there.
     */
    private static boolean climbs(String segment) {
        int semicolon = segment.indexOf(';');
        String base = semicolon < 0 ? segment : segment.substring(0, semicolon);
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c != '.' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lenient: a '%' not followed by two hex digits stays as it is, as in "100%.tif"; '+' is not a space. */
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
