/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.store.remote.ObjectHead;
import java.nio.ByteBuffer;

/**
 * The bytes of one version of a remote object, read through the store's block cache. It holds nothing of its own
 * but the object's name and version: the blocks belong to the shared cache, so closing releases nothing, and
 * reads still work after closing (they only use the cache). Thread-safe.
 */
final class RemoteBytes implements ByteSource {
    private final BlockCache blocks;
    private final String name;
    private final ObjectHead head;

    RemoteBytes(BlockCache blocks, String name, ObjectHead head) {
        this.blocks = blocks;
        this.name = name;
        this.head = head;
    }

    @Override
    public long size() {
        return head.size();
    }

    /** A range beyond the end is corruption in the image (an offset pointing nowhere), not a storage failure. */
    @Override
    public void read(long position, ByteBuffer target) {
        int length = target.remaining();
        if (position < 0 || position > head.size() - length) {
            throw new DecodeFailureException("the image's data lies beyond its end");
        }
        if (length > 0) {
            blocks.read(name, head, position, target);
        }
    }

    @Override
    public void close() {
        // the blocks are shared with every other source of the store; they leave the cache by age
    }
}
