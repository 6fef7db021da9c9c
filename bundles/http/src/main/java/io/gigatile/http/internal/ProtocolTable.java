/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.Protocol;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The protocol services by name. Several services may claim one name; the highest ranking wins, so a newer
 * protocol bundle can take over from an older one while both are installed. Thread-safe.
 */
final class ProtocolTable {

    /** One registered protocol service with what orders it. */
    record Entry(String name, int ranking, long serviceId, Protocol protocol) {
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final Map<String, ConcurrentSkipListSet<Entry>> byName = new ConcurrentHashMap<>();

    /** @return true if this is the first service of its name */
    boolean add(Entry entry) {
        ConcurrentSkipListSet<Entry> set = byName.computeIfAbsent(entry.name(),
                n -> new ConcurrentSkipListSet<>(BEST_FIRST));
        set.add(entry);
        return set.size() == 1;
    }

    /** @return true if no service of that name is left */
    boolean remove(String name, long serviceId) {
        ConcurrentSkipListSet<Entry> set = byName.get(name);
        if (set == null) {
            return true;
        }
        set.removeIf(e -> e.serviceId() == serviceId);
        return set.isEmpty();
    }

    Optional<Protocol> get(String name) {
        ConcurrentSkipListSet<Entry> set = byName.get(name);
        if (set == null) {
            return Optional.empty();
        }
        Entry best = set.isEmpty() ? null : set.first();
        return best == null ? Optional.empty() : Optional.of(best.protocol());
    }
}
