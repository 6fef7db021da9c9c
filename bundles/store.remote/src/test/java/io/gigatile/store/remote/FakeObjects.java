/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import io.gigatile.api.ImageNotFoundException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage in memory that counts its requests. Names are resolved below a root the way a web server would
 * (dot segments normalised away), so that only the store's screening keeps them inside. Thread-safe.
 */
public final class FakeObjects implements RemoteObjects {
    /** Runs before each read; may block or throw. */
    @FunctionalInterface
    public interface Hook {
        /**
         * @param position the read's first byte
         * @param length its length
         */
        void before(long position, int length);
    }

    private record Stored(byte[] bytes, String etag) {
    }

    private final String root;
    private final Map<String, Stored> objects = new ConcurrentHashMap<>();
    private final AtomicInteger versions = new AtomicInteger();
    /** HEAD requests so far. */
    public final AtomicInteger heads = new AtomicInteger();
    /** Reads so far, as {position, length}. */
    public final List<long[]> reads = new CopyOnWriteArrayList<>();
    private volatile Hook hook = (position, length) -> { };

    /** @param root what names are resolved below, such as "root/" */
    public FakeObjects(String root) {
        this.root = root;
    }

    /**
     * Stores an object under a full path (not below the root), with a new version.
     *
     * @param path where
     * @param bytes what
     */
    public void put(String path, byte[] bytes) {
        objects.put(path, new Stored(bytes.clone(), "\"v" + versions.incrementAndGet() + "\""));
    }

    /** @param hook runs before each read from now on */
    public void hook(Hook hook) {
        this.hook = hook;
    }

    @Override
    public Optional<ObjectHead> head(String name) {
        heads.incrementAndGet();
        Stored stored = objects.get(path(name));
        return Optional.ofNullable(stored)
                .map(s -> new ObjectHead(s.bytes().length, s.etag(), Instant.ofEpochSecond(1_700_000_000)));
    }

    @Override
    public byte[] read(String name, ObjectHead head, long position, int length) {
        reads.add(new long[] {position, length});
        hook.before(position, length);
        Stored stored = objects.get(path(name));
        if (stored == null || !stored.etag().equals(head.etag())) {
            throw new ImageNotFoundException("image not found");
        }
        return Arrays.copyOfRange(stored.bytes(), (int) position, (int) position + length);
    }

    private String path(String name) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (root + name).split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
