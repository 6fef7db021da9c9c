/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.lang.management.ManagementFactory;

/** Start-up steps with the milliseconds since the JVM started, on standard error when asked for. */
final class Trace {
    private final boolean enabled;

    Trace(boolean enabled) {
        this.enabled = enabled;
    }

    /** A bundle's start, when it took long enough to matter for the start-up time. */
    void started(String bundle, long nanos) {
        if (enabled && nanos >= 20_000_000L) {
            System.err.printf("gigatile: %5d ms   %s took %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime(),
                    bundle, nanos / 1_000_000);
        }
    }

    void step(String what) {
        if (enabled) {
            System.err.printf("gigatile: %5d ms %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), what);
        }
    }
}
