/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * An image file that an {@link ImageStore} resolved: where it is, when it last changed and how large it is.
 * Decoders open it themselves (for instance with positional reads on a {@code FileChannel}).
 *
 * @param identifier the identifier the client asked for, after decoding
 * @param path the real file, inside the store's root
 * @param lastModified the file's modification time
 * @param size the file's length in bytes
 * @since 1.0
 */
public record ImageFile(String identifier, Path path, Instant lastModified, long size) {

    /** Checks the fields. */
    public ImageFile {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(path);
        Objects.requireNonNull(lastModified);
    }

    /** @return the file name's suffix in lower case, without the dot; empty if it has none */
    public String suffix() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
