/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.store.remote.ObjectHead;
import io.gigatile.store.remote.RemoteObjects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests a store makes: each call of {@link S3Objects} is one HTTP request. */
final class CountingObjects implements RemoteObjects {
    private final RemoteObjects objects;
    private final AtomicInteger heads = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    CountingObjects(RemoteObjects objects) {
        this.objects = objects;
    }

    @Override
    public Optional<ObjectHead> head(String name) {
        heads.incrementAndGet();
        return objects.head(name);
    }

    @Override
    public byte[] read(String name, ObjectHead head, long position, int length) {
        reads.incrementAndGet();
        return objects.read(name, head, position, length);
    }

    @Override
    public void close() {
        objects.close();
    }

    /** @return the HEAD and GET requests made since the last call, as "HEAD h, GET g" */
    String takeCounts() {
        return "HEAD " + heads.getAndSet(0) + ", GET " + reads.getAndSet(0);
    }
}
