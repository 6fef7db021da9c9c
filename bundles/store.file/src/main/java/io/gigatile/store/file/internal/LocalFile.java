/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.ViewAngles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file the jail let through: its real path (links resolved), so that opening it opens the file that was
 * checked. The version is the modification time to the nanosecond and the length, which is what a file's
 * attributes can tell without reading it.
 *
 * @param identifier the identifier the client asked for
 * @param path the real path, inside the root's real path
 * @param lastModified the modification time
 * @param size the length in bytes
 * @param angles the angles of the sequence this file is the default view of, or null
 */
record LocalFile(String identifier, Path path, Instant lastModified, long size, ViewAngles angles)
        implements StoredImage {

    LocalFile {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(path);
        Objects.requireNonNull(lastModified);
    }

    /** The real path: unique in the store, never shown to clients. */
    @Override
    public String key() {
        return path.toString();
    }

    @Override
    public String version() {
        return lastModified.getEpochSecond() + "." + lastModified.getNano() + "-" + size;
    }

    @Override
    public ByteSource open() {
        try {
            return FileBytes.open(path);
        } catch (NoSuchFileException e) {
            throw new ImageNotFoundException(IdentifierCheck.NOT_FOUND);
        } catch (IOException e) {
            // no cause kept: an IOException's message holds the path
            throw new DecodeFailureException("cannot open the image file");
        }
    }

    @Override
    public Optional<ViewAngles> sequence() {
        return Optional.ofNullable(angles);
    }

    @Override
    public Optional<Path> localPath() {
        return Optional.of(path);
    }

    /**
     * @param sequenceAngles the angles of the sequence the file is the default view of
     * @return this file as that default view
     */
    LocalFile asDefaultViewOf(ViewAngles sequenceAngles) {
        return new LocalFile(identifier, path, lastModified, size, sequenceAngles);
    }
}
