/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.StoredImage;
import io.gigatile.store.remote.ObjectHead;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a remote object, as a {@link io.gigatile.store.remote.RemoteImageStore} resolved it. Its bytes
 * are read through the store's shared block cache, always of this version: a replaced object is never read half
 * old, half new. Immutable.
 *
 * @param identifier the identifier the client asked for
 * @param key the checked object name
 * @param head the object's metadata when it was resolved
 * @param blocks the store's block cache
 * @param headerPrefetch bytes to fetch from the start when opened
 * @param store the store that resolved it, so that another store's images are not mistaken for its own
 */
public record RemoteImage(String identifier, String key, ObjectHead head, BlockCache blocks, int headerPrefetch,
        Object store) implements StoredImage {

    /** Checks the fields. */
    public RemoteImage {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(key);
        Objects.requireNonNull(head);
        Objects.requireNonNull(blocks);
        Objects.requireNonNull(store);
    }

    @Override
    public String version() {
        return head.version();
    }

    @Override
    public Instant lastModified() {
        return head.lastModified();
    }

    @Override
    public long size() {
        return head.size();
    }

    /**
     * Fetches the header in one request, unless the cache has it, so that the decoder's first reads cost nothing.
     */
    @Override
    public ByteSource open() {
        int header = (int) Math.min(headerPrefetch, head.size());
        if (header > 0) {
            blocks.load(key, head, 0, header);
        }
        return new RemoteBytes(blocks, key, head);
    }

    @Override
    public String toString() {
        // the key stays out of toString: it is never shown to clients, and exceptions tend to print their context
        return "RemoteImage[version=" + head.version() + ", size=" + head.size() + "]";
    }
}
