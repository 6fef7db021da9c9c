/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every path passes before the store hands it out: it lies under the root once normalised, and its
 * real path (links resolved) lies under the root's real path. Nothing is thrown: a path that fails is simply
 * absent, and the reason is logged at debug level without reaching the client.
 */
final class Jail {
    private static final Logger LOG = LoggerFactory.getLogger(Jail.class);

    private final Path root;

    /** @param root the jail, absolute and normalised */
    Jail(Path root) {
        this.root = root;
    }

    /**
     * @param identifier the identifier, for the log
     * @param relative a path below the root, as text
     * @return the normalised path, if it is valid and stays under the root (the root itself included)
     */
    Optional<Path> inside(String identifier, String relative) {
        try {
            Path candidate = root.resolve(relative).normalize();
            if (candidate.startsWith(root)) {
                return Optional.of(candidate);
            }
            return absent(identifier, "outside the root");
        } catch (InvalidPathException e) {
            return absent(identifier, "not a valid path");
        }
    }

    /**
     * @param identifier the identifier the client asked for
     * @param candidate a normalised path under the root
     * @return the file, if it is a readable regular file whose real path is under the root
     */
    Optional<LocalFile> file(String identifier, Path candidate) {
        if (candidate.equals(root)) {
            return absent(identifier, "the root itself");
        }
        try {
            Path real = real(identifier, candidate);
            if (real == null) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || !Files.isReadable(real)) {
                return absent(identifier, "not a readable file");
            }
            return Optional.of(new LocalFile(identifier, real, attributes.lastModifiedTime().toInstant(),
                    attributes.size(), null));
        } catch (IOException | SecurityException | InvalidPathException e) {
            // no cause kept: an IOException's message holds the path
            return absent(identifier, e.getClass().getSimpleName());
        }
    }

    /**
     * @param identifier the identifier, for the log
     * @param candidate a normalised path under the root
     * @return the folder's real path, if it is a folder whose real path is under the root
     */
    Optional<Path> folder(String identifier, Path candidate) {
        try {
            Path real = real(identifier, candidate);
            if (real == null) {
                return Optional.empty();
            }
            return Files.isDirectory(real) ? Optional.of(real) : absent(identifier, "not a folder");
        } catch (IOException | SecurityException e) {
            return absent(identifier, e.getClass().getSimpleName());
        }
    }

    private Path real(String identifier, Path candidate) throws IOException {
        Path real = candidate.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            absent(identifier, "links outside the root");
            return null;
        }
        return real;
    }

    static <T> Optional<T> absent(String identifier, String reason) {
        LOG.debug("Identifier '{}' not resolved: {}", identifier, reason);
        return Optional.empty();
    }
}
