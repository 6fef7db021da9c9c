/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import io.gigatile.api.ImageStore;
import io.gigatile.api.ImageStoreContract;
import io.gigatile.api.testing.MutableClock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract over a storage in memory that resolves dot segments as a web server would, with a secret
 * beside the root. Small blocks and a small cache, so that reads span and evict blocks.
 */
class RemoteImageStoreContractTest extends ImageStoreContract {
    private static final byte[] CONTENT = new byte[50_000];

    static {
        new Random(7).nextBytes(CONTENT);
    }

    private final MutableClock clock = new MutableClock();
    private RemoteImageStore store;
    private FakeObjects objects;

    @BeforeEach
    void layOut() {
        objects = new FakeObjects("root/");
        objects.put("root/sub/image.tif", CONTENT);
        objects.put("secret.tif", CONTENT);
        store = new RemoteImageStore(objects, new RemoteSettings(1024, 16 * 1024, Duration.ofSeconds(5), 4096), clock);
    }

    @Override
    protected ImageStore store() {
        return store;
    }

    @Override
    protected String identifier() {
        return "sub/image.tif";
    }

    @Override
    protected byte[] content() {
        return CONTENT;
    }

    /** The metadata's time to live passes too, as it would before anyone saw the new bytes. */
    @Override
    protected void replace(byte[] bytes) {
        objects.put("root/sub/image.tif", bytes);
        clock.advance(Duration.ofSeconds(5));
    }
}
