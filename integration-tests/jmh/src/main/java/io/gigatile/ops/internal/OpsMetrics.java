/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import io.gigatile.api.ops.ServerMetrics;

/**
 * Makes the ops bundle's metrics service outside a framework: its plain constructor is package-private, so this
 * lives in its package (a split package is harmless on a class path).
 */
public final class OpsMetrics {

    private OpsMetrics() {
    }

    /** @return the service the server records into, with the default buckets and no JVM metrics */
    public static ServerMetrics of() {
        return new PrometheusMetrics(new double[] {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
            5, 10}, false);
    }
}
