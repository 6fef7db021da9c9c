/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The services bound to one dynamic reference, ordered as OSGi ranks them: highest {@code service.ranking}
 * first, ties to the lower {@code service.id} (the older service). DS hands services over in its own order,
 * so the order is kept here. Reads take a snapshot without locking; binds and unbinds replace it.
 *
 * @param <T> the service type
 */
final class Ranked<T> {
    private static final String RANKING = "service.ranking";
    private static final String ID = "service.id";
    private static final Comparator<Entry<?>> ORDER = Comparator.<Entry<?>>comparingInt(e -> -e.ranking())
            .thenComparingLong(Entry::id);

    /**
     * One bound service with its properties.
     *
     * @param service the service object
     * @param properties its service properties
     * @param ranking its {@code service.ranking}, 0 when absent
     * @param id its {@code service.id}; services bound without one (in tests) count in binding order
     * @param <T> the service type
     */
    record Entry<T>(T service, Map<String, Object> properties, int ranking, long id) {

        /**
         * @param key a property name
         * @return the property's values as text: a single value, or each element of an array or collection
         */
        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            values(key).forEach(o -> out.add(String.valueOf(o)));
            return out;
        }

        /**
         * {@link #strings} without building the list: this runs for each request (the encoder of its format).
         *
         * @param key a property name
         * @param wanted a value, compared without regard to case
         * @return whether the property holds it
         */
        boolean holds(String key, String wanted) {
            for (Object o : values(key)) {
                if (wanted.equalsIgnoreCase(String.valueOf(o))) {
                    return true;
                }
            }
            return false;
        }

        /** The first of {@link #strings}, without building the list, or empty. */
        Optional<String> firstString(String key) {
            Iterator<?> values = values(key).iterator();
            return values.hasNext() ? Optional.of(String.valueOf(values.next())) : Optional.empty();
        }

        /** A property's values as they are: a single value, or the elements of an array or collection. */
        private Iterable<?> values(String key) {
            Object value = properties.get(key);
            if (value instanceof Object[] array) {
                return Arrays.asList(array);
            } else if (value instanceof Collection<?> c) {
                return c;
            }
            return value == null ? List.of() : List.of(value);
        }
    }

    private final AtomicLong bindOrder = new AtomicLong(Long.MAX_VALUE / 2);
    private volatile List<Entry<T>> entries = List.of();

    synchronized void add(T service, Map<String, Object> properties) {
        Object ranking = properties.get(RANKING);
        Object id = properties.get(ID);
        Entry<T> entry = new Entry<>(service, Map.copyOf(properties),
                ranking instanceof Integer r ? r : 0,
                id instanceof Long l ? l : bindOrder.incrementAndGet());
        List<Entry<T>> next = new ArrayList<>(entries);
        next.removeIf(e -> e.service() == service);
        next.add(entry);
        next.sort(ORDER);
        entries = List.copyOf(next);
    }

    synchronized void remove(T service) {
        List<Entry<T>> next = new ArrayList<>(entries);
        if (next.removeIf(e -> e.service() == service)) {
            entries = List.copyOf(next);
        }
    }

    /** @return the bound services, best first */
    List<Entry<T>> entries() {
        return entries;
    }

    /** @return the best service, if any is bound */
    Optional<Entry<T>> first() {
        List<Entry<T>> snapshot = entries;
        return snapshot.isEmpty() ? Optional.empty() : Optional.of(snapshot.get(0));
    }

    /**
     * @param key a property name
     * @param value the wanted value, compared without regard to case
     * @return the best service whose property holds that value
     */
    Optional<Entry<T>> firstWith(String key, String value) {
        for (Entry<T> e : entries) {
            if (e.holds(key, value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    boolean contains(T service) {
        return entries.stream().anyMatch(e -> e.service() == service);
    }
}
