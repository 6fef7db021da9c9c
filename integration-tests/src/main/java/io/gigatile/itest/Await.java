/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;

/**
 * Waits for a condition on the framework's state, re-checking it whenever a service comes, changes or goes
 * (component activations and configuration changes all show as service events), with a deadline.
 */
final class Await {

    private Await() {
    }

    static void until(BundleContext context, Duration timeout, String what, BooleanSupplier condition) {
        Object signal = new Object();
        ServiceListener listener = event -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        };
        context.addServiceListener(listener);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what);
                }
                synchronized (signal) {
                    // a bounded wait as well: HTTP readiness has no service event of its own
                    signal.wait(Math.max(1, Math.min(left / 1_000_000, 100)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        } finally {
            context.removeServiceListener(listener);
        }
    }
}
