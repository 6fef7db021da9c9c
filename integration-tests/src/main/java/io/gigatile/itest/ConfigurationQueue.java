/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;

/** Configuration Admin's delivery queue, for tests that must know every update made so far has been delivered. */
final class ConfigurationQueue {

    private ConfigurationQueue() {
    }

    /**
     * Returns once Configuration Admin has delivered every update queued before this call: a managed service
     * registered now gets its first call after them (Felix's and Equinox's Configuration Admin deliver in order,
     * on one thread).
     */
    static void drain(BundleContext context, Duration limit) {
        CountDownLatch reached = new CountDownLatch(1);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_PID, "itest.configuration.queue");
        ServiceRegistration<ManagedService> barrier = context.registerService(ManagedService.class,
                p -> reached.countDown(), props);
        try {
            assertThat(reached.await(limit.toMillis(), TimeUnit.MILLISECONDS)).as("the queue drained").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            barrier.unregister();
        }
    }
}
