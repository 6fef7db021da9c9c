/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageStore;
import io.gigatile.api.StoredImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What the stores answered lately, so that a request need not ask again (a file's attributes, an object's HEAD):
 * within the revalidation interval an image is taken as resolved; after it, the store is asked whether it is
 * unchanged, which it answers more cheaply than a new resolution, and only a changed or vanished image is resolved
 * anew. Failures are not remembered: the next request asks again. Thread-safe; bounded.
 */
final class KnownImages {
    /** Enough for every image a busy server serves at once; each entry is a few hundred bytes. */
    static final int MAX_ENTRIES = 10_000;

    private final LongSupplier nanos;
    private final Map<Key, Known> known = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Known> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Key(ImageStore store, String identifier) {
    }

    private record Known(StoredImage image, long checkedAt) {
    }

    /** @param nanos a monotonic clock in nanoseconds */
    KnownImages(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * @param route where the identifier goes
     * @param interval how long, in nanoseconds, an answer is trusted; 0 asks the store every time
     * @return the image as its store has it now, or had it less than the interval ago
     */
    StoredImage resolve(StoreRoutes.Route route, long interval) {
        if (interval <= 0) {
            return route.store().resolve(route.local());
        }
        Key key = new Key(route.store(), route.local());
        long now = nanos.getAsLong();
        Known entry;
        synchronized (known) {
            entry = known.get(key);
        }
        if (entry != null && now - entry.checkedAt() < interval) {
            return entry.image();
        }
        StoredImage image;
        try {
            image = entry != null && route.store().unchanged(entry.image()) ? entry.image()
                    : route.store().resolve(route.local());
        } catch (RuntimeException e) {
            synchronized (known) {
                known.remove(key);
            }
            throw e;
        }
        synchronized (known) {
            known.put(key, new Known(image, now));
        }
        return image;
    }

    /** @param store a store that went away: what it answered is no longer to be trusted */
    void forget(ImageStore store) {
        synchronized (known) {
            known.keySet().removeIf(k -> k.store() == store);
        }
    }

    /**
     * @param store a store
     * @param identifier an identifier as that store knows it
     * @return what the store answered last for it, if that is remembered; forgotten from now on
     */
    Optional<StoredImage> forget(ImageStore store, String identifier) {
        synchronized (known) {
            Known gone = known.remove(new Key(store, identifier));
            return Optional.ofNullable(gone).map(Known::image);
        }
    }

    /** Forgets everything, so that every image is asked for again. */
    void clear() {
        synchronized (known) {
            known.clear();
        }
    }
}
