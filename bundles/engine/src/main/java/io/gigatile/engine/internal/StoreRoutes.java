/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageStore;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.propertytypes.ImageStoreRoute;
import java.util.List;
import java.util.Map;

/**
 * The image stores and the identifiers each takes: the store with the longest route prefix the identifier starts
 * with, the best-ranked among equals, receives the identifier without that prefix. A store with no prefix takes
 * what no other takes.
 */
final class StoreRoutes {
    private final Ranked<ImageStore> stores = new Ranked<>();

    /**
     * Where one identifier goes.
     *
     * @param store the store
     * @param local the identifier as that store knows it, without the route prefix
     */
    record Route(ImageStore store, String local) {
    }

    void add(ImageStore store, Map<String, Object> properties) {
        stores.add(store, properties);
    }

    void remove(ImageStore store) {
        stores.remove(store);
    }

    /**
     * @param identifier the identifier a client gave
     * @return its store
     * @throws ImageNotFoundException if no store takes it
     * @throws SourceUnavailableException if there is no store at all: one may be on its way (a restarting bundle)
     */
    Route route(String identifier) {
        List<Ranked.Entry<ImageStore>> entries = stores.entries();
        if (entries.isEmpty()) {
            throw new SourceUnavailableException("no image store is available", null);
        }
        Ranked.Entry<ImageStore> best = null;
        String bestPrefix = "";
        for (Ranked.Entry<ImageStore> e : entries) {
            String prefix = prefixOf(e);
            if (identifier.startsWith(prefix) && (best == null || prefix.length() > bestPrefix.length())) {
                best = e;
                bestPrefix = prefix;
            }
        }
        if (best == null) {
            throw new ImageNotFoundException("image not found");
        }
        return new Route(best.service(), identifier.substring(bestPrefix.length()));
    }

    private static String prefixOf(Ranked.Entry<ImageStore> entry) {
        List<String> prefixes = entry.strings(ImageStoreRoute.PREFIX);
        return prefixes.isEmpty() ? "" : prefixes.get(0);
    }
}
