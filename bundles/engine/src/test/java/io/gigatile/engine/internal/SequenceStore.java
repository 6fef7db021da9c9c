/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ViewAngles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A folder whose files are images, plus one sequence: the identifier {@code seq} names the files
 * {@code seq-<x>-<y>.syn}, one per view index. Its default view holds horizontal angle 0 and vertical angle 90.
 */
final class SequenceStore implements ImageStore {
    static final String ID = "seq";

    private final DirStore files;
    private final ViewAngles angles;

    SequenceStore(Path dir, ViewAngles angles) {
        this.files = new DirStore(dir);
        this.angles = angles;
    }

    static String fileName(int x, int y) {
        return ID + "-" + x + "-" + y + ".syn";
    }

    @Override
    public StoredImage resolve(String identifier) {
        if (!ID.equals(identifier)) {
            return files.resolve(identifier);
        }
        StoredImage view = files.resolve(fileName(angles.horizontal().indexOf(0), angles.vertical().indexOf(90)));
        return new View(identifier, view, angles);
    }

    @Override
    public StoredImage resolve(String identifier, int x, int y) {
        if (!ID.equals(identifier)) {
            return ImageStore.super.resolve(identifier, x, y);
        }
        if (x < 0 || y < 0 || x >= angles.horizontal().size() || y >= angles.vertical().size()) {
            throw new ImageNotFoundException("no such view");
        }
        return new View(identifier, files.resolve(fileName(x, y)), null);
    }

    /** A view's file under the sequence's identifier; the default view carries the angles. */
    private record View(String identifier, StoredImage file, ViewAngles angles) implements StoredImage {
        @Override
        public String key() {
            return file.key();
        }

        @Override
        public String version() {
            return file.version();
        }

        @Override
        public Instant lastModified() {
            return file.lastModified();
        }

        @Override
        public long size() {
            return file.size();
        }

        @Override
        public ByteSource open() {
            return file.open();
        }

        @Override
        public Optional<ViewAngles> sequence() {
            return Optional.ofNullable(angles);
        }
    }
}
