/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.StoredImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open sources, one per stored image (iipsrv's metadata cache), keyed by store and key: least recently used
 * first out, reopened when the store reports another version, dropped when their decoder goes away. Sources leaving the cache
 * are closed once the requests using them are done.
 */
final class SourceCache implements AutoCloseable {
    private final DecoderRegistry decoders;
    private int capacity;
    private final Object lock = new Object();
    private final Map<Key, CachedSource> open = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * What names one stored image: keys are unique within one store only.
     *
     * @param store the store that resolved it
     * @param key its key in that store
     */
    private record Key(Object store, String key) {
    }

    /**
     * @param decoders the decoders to open files with
     * @param capacity sources to keep open, -1 for no limit, 0 to open a source per request
     */
    SourceCache(DecoderRegistry decoders, int capacity) {
        this.decoders = decoders;
        this.capacity = capacity;
    }

    /**
     * @param store the store that resolved the image
     * @param file a resolved image
     * @return a lease on the image's open source; close it when done
     */
    CachedSource.Lease lease(Object store, StoredImage file) {
        Key key = new Key(store, file.key());
        List<CachedSource> leaving = new ArrayList<>();
        CachedSource entry;
        synchronized (lock) {
            entry = open.get(key);
            if (entry != null && !entry.isVersionOf(file)) {
                leaving.add(open.remove(key));
                entry = null;
            }
            if (entry == null) {
                entry = new CachedSource(file, decoders);
                if (capacity == 0) {
                    leaving.add(entry);
                } else {
                    open.put(key, entry);
                    evictBeyondCapacity(leaving);
                }
            }
            entry.acquire();
        }
        leaving.forEach(CachedSource::retire);
        CachedSource.Lease lease;
        try {
            lease = entry.open();
        } catch (RuntimeException | Error e) {
            // a failed opening is forgotten, so the next request tries again; one that has not ended is kept, so
            // that later requests fail at once instead of each giving a stuck decoder another thread
            if (!entry.stillOpening()) {
                drop(key, entry);
            }
            throw e;
        }
        ImageDecoder decoder = entry.decoder();
        if (decoder != null && !decoders.contains(decoder)) {
            // the decoder left while it was opening this file: serve this request, keep nothing of it
            drop(key, entry);
        }
        return lease;
    }

    /**
     * @param store the store that resolved the image
     * @param file a resolved image
     * @return a lease on its source if that is open already, in this version; nothing is opened
     */
    Optional<CachedSource.Lease> leaseIfOpen(Object store, StoredImage file) {
        CachedSource entry;
        synchronized (lock) {
            entry = open.get(new Key(store, file.key()));
            if (entry == null || !entry.isVersionOf(file) || !entry.isOpen()) {
                return Optional.empty();
            }
            entry.acquire();
        }
        return Optional.of(entry.open());
    }

    /**
     * Changes how many sources are kept, closing the least recently used ones beyond the new limit.
     *
     * @param newCapacity sources to keep open, -1 for no limit, 0 for none
     */
    void capacity(int newCapacity) {
        List<CachedSource> leaving = new ArrayList<>();
        synchronized (lock) {
            capacity = newCapacity;
            if (capacity == 0) {
                leaving.addAll(open.values());
                open.clear();
            } else {
                evictBeyondCapacity(leaving);
            }
        }
        leaving.forEach(CachedSource::retire);
    }

    private void evictBeyondCapacity(List<CachedSource> leaving) {
        if (capacity < 0) {
            return;
        }
        Iterator<CachedSource> eldest = open.values().iterator();
        while (open.size() > capacity && eldest.hasNext()) {
            leaving.add(eldest.next());
            eldest.remove();
        }
    }

    private void drop(Key key, CachedSource entry) {
        synchronized (lock) {
            open.remove(key, entry);
        }
        entry.retire();
    }

    /**
     * Closes and forgets every source a decoder opened; call after the decoder is unbound.
     *
     * @param decoder the decoder that went away
     */
    void dropDecoder(ImageDecoder decoder) {
        List<CachedSource> leaving = new ArrayList<>();
        synchronized (lock) {
            Iterator<CachedSource> it = open.values().iterator();
            while (it.hasNext()) {
                CachedSource entry = it.next();
                if (entry.decoder() == decoder) {
                    leaving.add(entry);
                    it.remove();
                }
            }
        }
        leaving.forEach(CachedSource::retire);
    }

    /**
     * Closes and forgets the sources opened by decoders ranked below {@code ranking}: a decoder that arrived ranked
     * that high may claim their files. Each is reopened by whichever decoder then ranks first, once the requests
     * using it are done.
     *
     * @param ranking the arriving decoder's ranking
     * @return how many sources were dropped
     */
    int dropRankedBelow(int ranking) {
        List<CachedSource> leaving = new ArrayList<>();
        synchronized (lock) {
            Iterator<CachedSource> it = open.values().iterator();
            while (it.hasNext()) {
                CachedSource entry = it.next();
                if (entry.decoder() != null && decoders.ranking(entry.decoder()) < ranking) {
                    leaving.add(entry);
                    it.remove();
                }
            }
        }
        leaving.forEach(CachedSource::retire);
        return leaving.size();
    }

    /**
     * Closes and forgets the source of one stored image, once the requests using it are done.
     *
     * @param store the store that resolved it
     * @param key its key there
     */
    void drop(Object store, String key) {
        CachedSource entry;
        synchronized (lock) {
            entry = open.remove(new Key(store, key));
        }
        if (entry != null) {
            entry.retire();
        }
    }

    /** @return how many sources are held open */
    int size() {
        synchronized (lock) {
            return open.size();
        }
    }

    @Override
    public void close() {
        List<CachedSource> leaving;
        synchronized (lock) {
            leaving = new ArrayList<>(open.values());
            open.clear();
        }
        leaving.forEach(CachedSource::retire);
    }
}
