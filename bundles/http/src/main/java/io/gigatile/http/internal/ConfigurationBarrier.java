/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;

/**
 * Waits until Configuration Admin has handed out every configuration update queued before it.
 *
 * <p>Why: config.env and {@link JettySettings} each update the HTTP server's configuration before it starts, and
 * Configuration Admin delivers updates later, from one queue, with the properties each update had. When that queue
 * was slow on a cold start, the server registered in time to receive the first update (the address without the
 * URI settings), started Jetty, then received the second and restarted it: a second start's cost, and with Pax Web,
 * which served before, one start in twenty never mounted the servlets registered meanwhile (every URL 404).
 *
 * <p>How: a managed service registered now gets its first call after the updates queued before it (Felix's
 * Configuration Admin runs them in order on one thread), so its call marks the queue as drained.
 */
final class ConfigurationBarrier {
    private static final String PID = "io.gigatile.http.barrier";

    private ConfigurationBarrier() {
    }

    /** True when the queue drained within {@code limit}; false when it did not (the caller goes on regardless). */
    static boolean await(BundleContext context, Duration limit) throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_PID, PID);
        ServiceRegistration<ManagedService> registration =
                context.registerService(ManagedService.class, properties -> reached.countDown(), props);
        try {
            return reached.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            registration.unregister();
        }
    }
}
