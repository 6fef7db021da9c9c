/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Objects;

/**
 * One entry of a {@link ListingPage}.
 *
 * @param name what to show: the last segment of the identifier, without a trailing '/'
 * @param identifier without the store's route prefix: a folder's ends with '/' and is a folder for
 *        {@link ImageListing#list}; an image's or a sequence's is one {@link ImageStore#resolve(String)} takes
 * @param kind folder, single image or image sequence
 * @since 2.4
 */
public record ListingEntry(String name, String identifier, Kind kind) {

    /** What an entry is. */
    public enum Kind {
        /** A folder: list it with its identifier. */
        FOLDER,
        /** One image file. */
        IMAGE,
        /** An image sequence (iipsrv's FILENAME_PATTERN files), listed once under its identifier. */
        SEQUENCE
    }

    /** Checks that nothing is missing. */
    public ListingEntry {
        Objects.requireNonNull(name);
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(kind);
    }
}
