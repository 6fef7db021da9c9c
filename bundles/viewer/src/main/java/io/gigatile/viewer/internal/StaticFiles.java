/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bundle's own files under {@code /static/}: the page's script and style, and OpenSeadragon as npm shipped
 * it. Only plain names (letters, digits, '-', '_' and inner dots, in folders) of known types are looked up, so no
 * request reaches anything else in the bundle.
 */
final class StaticFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\\.[a-z]+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=utf-8", "css",
            "text/css;charset=utf-8", "png", "image/png", "txt", "text/plain;charset=utf-8");

    /**
     * One file.
     *
     * @param type its media type
     * @param bytes its content
     */
    record File(String type, byte[] bytes) {
    }

    private final ClassLoader loader;

    StaticFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * @param name the path below {@code /static/}
     * @return the file, if there is one of that name
     * @throws IOException if the bundle cannot be read
     */
    Optional<File> get(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream("static/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new File(type, in.readAllBytes()));
        }
    }
}
