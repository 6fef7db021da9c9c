/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.store.remote.ObjectHead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Objects' metadata, believed for a time to live so that a tile request does not cost a HEAD; an object's absence
 * is remembered as long, so that probing for missing names does not turn into a flood of requests. Failures are
 * not remembered: the next call asks again. Bounded, least recently used entries leaving first. Thread-safe;
 * concurrent misses of one name each ask, which costs a duplicate HEAD at worst.
 */
public final class MetadataCache {
    private record Entry(Optional<ObjectHead> head, Instant expires) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;

    /**
     * @param ttl how long an answer is believed; zero asks every time
     * @param capacity how many names are remembered at most
     * @param clock what the time to live is measured with
     */
    public MetadataCache(Duration ttl, int capacity, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param name an object's name
     * @param ask asks the storage, on a miss or an expired entry
     * @return the object's metadata, or empty if it does not exist
     * @throws RuntimeException whatever {@code ask} throws, not remembered
     */
    public Optional<ObjectHead> head(String name, Function<String, Optional<ObjectHead>> ask) {
        if (ttl.isZero()) {
            return ask.apply(name);
        }
        // measured before asking: the answer is at least as old as the question
        Instant now = clock.instant();
        synchronized (entries) {
            Entry known = entries.get(name);
            if (known != null && now.isBefore(known.expires())) {
                return known.head();
            }
        }
        Optional<ObjectHead> head = ask.apply(name);
        synchronized (entries) {
            entries.put(name, new Entry(head, now.plus(ttl)));
        }
        return head;
    }

    /** @return how many names are remembered, expired ones included */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
