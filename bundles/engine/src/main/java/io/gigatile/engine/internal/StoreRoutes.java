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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image stores and the identifiers each takes: the store with the longest route prefix the identifier starts
 * with, the best-ranked among equals, receives the identifier without that prefix. A store with no prefix takes
 * what no other takes.
 *
 * <p>A store that goes away (its bundle stopped, its configuration deleted) leaves its prefix behind: until a store
 * takes that prefix again, its identifiers are unavailable (503), not missing (404), and are not handed to a store
 * of a shorter prefix.
 */
final class StoreRoutes {
    private final Ranked<ImageStore> stores = new Ranked<>();
    /** Route prefixes whose stores left and that no store present has; bounded by the prefixes ever configured. */
    private final Set<String> departed = ConcurrentHashMap.newKeySet();

    /**
     * Where one identifier goes.
     *
     * @param store the store
     * @param local the identifier as that store knows it, without the route prefix
     */
    record Route(ImageStore store, String local) {
    }

    synchronized void add(ImageStore store, Map<String, Object> properties) {
        String before = prefixOf(store);
        stores.add(store, properties);
        if (before != null) {
            leave(before);
        }
        departed.remove(prefixOf(store));
    }

    synchronized void remove(ImageStore store) {
        String prefix = prefixOf(store);
        stores.remove(store);
        if (prefix != null) {
            leave(prefix);
        }
    }

    /** Remembers a prefix a store no longer serves, unless another store present does. */
    private void leave(String prefix) {
        if (stores.entries().stream().noneMatch(e -> prefixOf(e).equals(prefix))) {
            departed.add(prefix);
        }
    }

    /** @return the prefix the store is registered with, or null if it is not */
    private String prefixOf(ImageStore store) {
        for (Ranked.Entry<ImageStore> e : stores.entries()) {
            if (e.service() == store) {
                return prefixOf(e);
            }
        }
        return null;
    }

    /**
     * @param identifier the identifier a client gave
     * @return its store
     * @throws ImageNotFoundException if no store takes it
     * @throws SourceUnavailableException if there is no store at all, or the store of the identifier's prefix
     *         went away: one may be on its way (a restarting bundle)
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
        for (String gone : departed) {
            if (identifier.startsWith(gone) && (best == null || gone.length() > bestPrefix.length())) {
                throw new SourceUnavailableException("the image store for this identifier is not available", null);
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
