/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Identifiers are file names in one folder. */
final class DirStore implements ImageStore {
    private final Path root;

    DirStore(Path root) {
        this.root = root;
    }

    @Override
    public StoredImage resolve(String identifier) {
        Path file = root.resolve(identifier).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new ImageNotFoundException("no such image");
        }
        try {
            return LocalImages.of(identifier, file.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
