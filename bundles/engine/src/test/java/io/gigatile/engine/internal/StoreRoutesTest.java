/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Identifiers go to the store with the longest matching route prefix, without it. */
class StoreRoutesTest {
    private final StoreRoutes routes = new StoreRoutes();
    private long ids;

    private ImageStore store(String prefix, int ranking) {
        ImageStore store = new ImageStore() {
            @Override
            public StoredImage resolve(String identifier) {
                throw new ImageNotFoundException("not used");
            }

            @Override
            public String toString() {
                return prefix + "@" + ranking;
            }
        };
        Map<String, Object> properties = new HashMap<>();
        if (prefix != null) {
            properties.put(ImageStoreRoute.PREFIX, prefix);
        }
        properties.put("service.ranking", ranking);
        properties.put("service.id", ++ids);
        routes.add(store, properties);
        return store;
    }

    @Test
    void theLongestPrefixWinsAndIsStripped() {
        ImageStore files = store(null, 0);
        ImageStore s3 = store("s3:", 0);
        ImageStore archive = store("s3:archive/", 0);

        assertThat(routes.route("maps/a.tif")).isEqualTo(new StoreRoutes.Route(files, "maps/a.tif"));
        assertThat(routes.route("s3:maps/a.tif")).isEqualTo(new StoreRoutes.Route(s3, "maps/a.tif"));
        assertThat(routes.route("s3:archive/a.tif")).isEqualTo(new StoreRoutes.Route(archive, "a.tif"));
        assertThat(routes.route("s3:")).isEqualTo(new StoreRoutes.Route(s3, ""));
    }

    @Test
    void theBestRankedOfEqualPrefixesWins() {
        store("web:", 0);
        ImageStore better = store("web:", 10);
        store("", 5);

        assertThat(routes.route("web:x.tif").store()).isSameAs(better);
    }

    @Test
    void withoutADefaultStoreOtherIdentifiersAreNotFound() {
        store("s3:", 0);

        assertThatThrownBy(() -> routes.route("a.tif")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void withNoStoreAtAllTheServiceIsUnavailable() {
        ImageStore only = store(null, 0);
        routes.remove(only);

        assertThatThrownBy(() -> routes.route("a.tif")).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void theIdentifiersOfAStoreThatLeftAreUnavailableNotMissingUntilOneReturns() {
        ImageStore files = store(null, 0);
        ImageStore s3 = store("s3:", 0);

        routes.remove(s3);

        assertThatThrownBy(() -> routes.route("s3:maps/a.tif")).isInstanceOf(SourceUnavailableException.class);
        assertThat(routes.route("maps/a.tif").store()).isSameAs(files);
        ImageStore back = store("s3:", 0);
        assertThat(routes.route("s3:maps/a.tif")).isEqualTo(new StoreRoutes.Route(back, "maps/a.tif"));
    }

    @Test
    void theDefaultStoreLeavingMakesItsIdentifiersUnavailable() {
        ImageStore files = store(null, 0);
        store("s3:", 0);

        routes.remove(files);

        assertThatThrownBy(() -> routes.route("maps/a.tif")).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void aStoreMovedToAnotherPrefixLeavesItsOldOneUnavailable() {
        store(null, 0);
        ImageStore web = store("web:", 0);
        Map<String, Object> moved = new HashMap<>();
        moved.put(ImageStoreRoute.PREFIX, "www:");
        moved.put("service.id", 99L);

        routes.add(web, moved);

        assertThatThrownBy(() -> routes.route("web:a.tif")).isInstanceOf(SourceUnavailableException.class);
        assertThat(routes.route("www:a.tif")).isEqualTo(new StoreRoutes.Route(web, "a.tif"));
    }

    @Test
    void aStoreOfAnotherRankingLeavingKeepsTheRouteOfItsEqual() {
        store("s3:", 0);
        ImageStore second = store("s3:", 5);

        routes.remove(second);

        assertThat(routes.route("s3:a.tif").local()).isEqualTo("a.tif");
    }
}
