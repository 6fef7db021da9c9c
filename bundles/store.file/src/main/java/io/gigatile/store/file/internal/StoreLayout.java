/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store's files live: iipsrv builds {@code prefix + identifier + suffix}; here the prefix is split into
 * the folder that jails every lookup and the file name prefix put in front of the identifier inside it.
 *
 * @param root the jail, absolute and normalised (not necessarily existing)
 * @param namePrefix put in front of the identifier, relative to {@code root}
 * @param suffix appended to the identifier
 * @param pattern put between the identifier and the angles of an image sequence's files (iipsrv's
 *        FILENAME_PATTERN)
 */
record StoreLayout(Path root, String namePrefix, String suffix, String pattern) {

    /** iipsrv's default FILENAME_PATTERN. */
    static final String DEFAULT_PATTERN = "_pyr_";

    StoreLayout {
        Objects.requireNonNull(root);
        Objects.requireNonNull(namePrefix);
        Objects.requireNonNull(suffix);
        Objects.requireNonNull(pattern);
    }

    /**
     * @param prefix the configured prefix; a folder if it ends with a separator or names an existing folder,
     *        otherwise a folder plus a file name prefix
     * @param suffix the configured suffix
     * @param pattern the configured sequence pattern
     * @param workingDirectory what an empty or relative prefix is relative to
     * @return the layout
     */
    static StoreLayout of(String prefix, String suffix, String pattern, Path workingDirectory) {
        String nonNullSuffix = suffix == null ? "" : suffix;
        String nonNullPattern = pattern == null ? "" : pattern;
        if (prefix == null || prefix.isEmpty()) {
            return new StoreLayout(absolute(workingDirectory), "", nonNullSuffix, nonNullPattern);
        }
        Path path = absolute(workingDirectory.resolve(prefix));
        if (prefix.endsWith("/") || prefix.endsWith(path.getFileSystem().getSeparator()) || Files.isDirectory(path)) {
            return new StoreLayout(path, "", nonNullSuffix, nonNullPattern);
        }
        Path parent = path.getParent();
        Path name = path.getFileName();
        if (parent == null || name == null) {
            return new StoreLayout(path, "", nonNullSuffix, nonNullPattern);
        }
        return new StoreLayout(parent, name.toString(), nonNullSuffix, nonNullPattern);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
