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

    void step(String what) {
        if (enabled) {
            System.err.printf("gigatile: %5d ms %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), what);
        }
    }
}
