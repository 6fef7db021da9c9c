/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import io.gigatile.api.ImageListing;
import io.gigatile.api.ListingEntry;
import io.gigatile.api.ListingPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stores as the viewer sees them at one moment: which store a folder belongs to (the engine's rule: the longest
 * route prefix it starts with), whether that store lists, and what the decoders read. A folder of a store that does
 * not list has no listing, even when another store's listing could make something of the name; an entry whose
 * identifier another store would take is left out, since the engine would not open it from this one.
 *
 * @param listings the listing stores by route prefix
 * @param routes the route prefixes of every store, listing or not
 * @param suffixes the file suffixes the decoders read
 */
record Catalog(Map<String, ImageListing> listings, Set<String> routes, Set<String> suffixes) {

    /**
     * One page of a folder.
     *
     * @param entries identifiers with their route prefixes
     * @param total entries in the whole folder
     */
    record Page(List<ListingEntry> entries, int total) {
    }

    Catalog {
        listings = Map.copyOf(listings);
        TreeSet<String> all = new TreeSet<>(routes);
        all.addAll(listings.keySet());
        routes = Set.copyOf(all);
        suffixes = Set.copyOf(suffixes);
    }

    /** @return the route prefix of the store that takes the identifier, if any store does */
    Optional<String> route(String identifier) {
        return routes.stream().filter(identifier::startsWith).max((a, b) -> Integer.compare(a.length(),
                b.length()));
    }

    /** @return whether the store that takes the folder lists what it holds */
    boolean lists(String folder) {
        return route(folder).map(listings::containsKey).orElse(false);
    }

    /**
     * @param folder a folder identifier with its route prefix ("" for the root)
     * @param offset first entry
     * @param limit most entries
     * @return the page, or empty if the folder's store does not list; at the root of the default store, the other
     *         listing stores' route prefixes come first, as folders
     */
    Optional<Page> list(String folder, int offset, int limit) {
        Optional<String> route = route(folder);
        if (route.isEmpty() || !listings.containsKey(route.get())) {
            return Optional.empty();
        }
        String prefix = route.get();
        List<ListingEntry> extra = new ArrayList<>();
        if (folder.isEmpty()) {
            listings.keySet().stream().filter(p -> !p.isEmpty()).sorted()
                    .forEach(p -> extra.add(new ListingEntry(p, p, ListingEntry.Kind.FOLDER)));
        }
        int skipped = Math.min(offset, extra.size());
        List<ListingEntry> entries = new ArrayList<>(extra.subList(skipped, Math.min(extra.size(),
                skipped + limit)));
        int left = limit - entries.size();
        ListingPage page = listings.get(prefix).list(folder.substring(prefix.length()), suffixes, offset - skipped,
                Math.max(1, left));
        if (left > 0) {
            for (ListingEntry e : page.entries()) {
                ListingEntry full = new ListingEntry(e.name(), prefix + e.identifier(), e.kind());
                if (route(full.identifier()).orElse("").equals(prefix)) {
                    entries.add(full);
                }
            }
        }
        return Optional.of(new Page(entries, extra.size() + page.total()));
    }
}
