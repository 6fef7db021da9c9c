/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;
import java.util.Objects;

/**
 * One page of a folder's entries, as {@link ImageListing#list} returns it.
 *
 * @param folder the folder listed, as asked for
 * @param entries the page's entries, in listing order
 * @param offset index of the first entry in the whole listing
 * @param total how many entries the whole folder listing has
 * @since 2.4
 */
public record ListingPage(String folder, List<ListingEntry> entries, int offset, int total) {

    /** Copies the entries and checks the numbers agree. */
    public ListingPage {
        Objects.requireNonNull(folder);
        entries = List.copyOf(entries);
        if (offset < 0 || total < offset + entries.size()) {
            throw new IllegalArgumentException("offset and total do not fit the entries");
        }
    }

    /** @return true if entries follow this page */
    public boolean hasMore() {
        return offset + entries.size() < total;
    }
}
