/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageListing;
import io.gigatile.api.ListingEntry;
import io.gigatile.api.ListingEntry.Kind;
import io.gigatile.api.ListingPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which store a folder belongs to, and how listing stores' pages are joined at the root. */
class CatalogTest {

    /** A store listing fixed entries for every folder, remembering what it was asked. */
    private static final class Fixed implements ImageListing {
        final List<String> asked = new ArrayList<>();
        final List<ListingEntry> entries;

        Fixed(ListingEntry... entries) {
            this.entries = List.of(entries);
        }

        @Override
        public ListingPage list(String folder, Set<String> suffixes, int offset, int limit) {
            asked.add(folder + "|" + suffixes + "|" + offset + "|" + limit);
            int from = Math.min(offset, entries.size());
            return new ListingPage(folder, entries.subList(from, Math.min(entries.size(), from + limit)), from,
                    entries.size());
        }
    }

    @Test
    void routesFoldersAsTheEngineRoutesIdentifiers() {
        Fixed files = new Fixed(new ListingEntry("a.tif", "a.tif", Kind.IMAGE),
                new ListingEntry("web:x.tif", "web:x.tif", Kind.IMAGE));
        Fixed bucket = new Fixed(new ListingEntry("b.tif", "b.tif", Kind.IMAGE));
        Catalog catalog = new Catalog(Map.of("", files, "s3:", bucket), Set.of("", "s3:", "web:"), Set.of("tif"));

        Catalog.Page root = catalog.list("", 0, 10).orElseThrow();
        assertThat(root.entries()).containsExactly(new ListingEntry("s3:", "s3:", Kind.FOLDER),
                new ListingEntry("a.tif", "a.tif", Kind.IMAGE));
        assertThat(catalog.list("s3:maps/", 0, 10).orElseThrow().entries())
                .containsExactly(new ListingEntry("b.tif", "s3:b.tif", Kind.IMAGE));
        assertThat(bucket.asked).containsExactly("maps/|[tif]|0|10");
        assertThat(catalog.list("web:", 0, 10)).as("a store that does not list").isEmpty();
        assertThat(catalog.lists("web:a/")).isFalse();
        assertThat(catalog.lists("sub/")).isTrue();
    }

    @Test
    void pagesRunAcrossTheRoutesAndTheRootStore() {
        Fixed files = new Fixed(new ListingEntry("a.tif", "a.tif", Kind.IMAGE),
                new ListingEntry("b.tif", "b.tif", Kind.IMAGE));
        Catalog catalog = new Catalog(Map.of("", files, "s3:", new Fixed()), Set.of(), Set.of("tif"));

        assertThat(catalog.list("", 0, 2).orElseThrow().entries()).extracting(ListingEntry::identifier)
                .containsExactly("s3:", "a.tif");
        assertThat(catalog.list("", 2, 2).orElseThrow().entries()).extracting(ListingEntry::identifier)
                .containsExactly("b.tif");
        assertThat(catalog.list("", 2, 2).orElseThrow().total()).isEqualTo(3);
    }

    @Test
    void noStoreNoListing() {
        assertThat(new Catalog(Map.of(), Set.of(), Set.of()).list("", 0, 10)).isEmpty();
        assertThat(new Catalog(Map.of(), Set.of(""), Set.of("tif")).list("", 0, 10)).isEmpty();
    }
}
