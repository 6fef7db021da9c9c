/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ops.ServerMetrics;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics service the engine records into, if one is bound: {@link ServerMetrics#NONE} otherwise, so the parts
 * that record never test for it. The engine's gauge of open images follows the bound service.
 */
final class EngineMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(EngineMetrics.class);

    private volatile ServerMetrics current = ServerMetrics.NONE;
    private AutoCloseable openImages = () -> { };

    ServerMetrics get() {
        return current;
    }

    /**
     * @param metrics the service now bound
     * @param open how many images are open, for its gauge
     */
    synchronized void bind(ServerMetrics metrics, IntSupplier open) {
        withdraw();
        current = metrics;
        openImages = metrics.openImages(open);
    }

    /** @param metrics a service going away; another one bound since is kept */
    synchronized void unbind(ServerMetrics metrics) {
        if (current == metrics) {
            withdraw();
            current = ServerMetrics.NONE;
        }
    }

    private void withdraw() {
        try {
            openImages.close();
        } catch (Exception e) {
            LOG.debug("the open-images gauge could not be withdrawn", e);
        }
        openImages = () -> { };
    }
}
