/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedService;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * What the http bundle's start relies on to have the HTTP server start Jetty once: Configuration Admin delivers
 * updates from one queue, in order, so a managed service registered behind queued updates is called only after
 * they were delivered, and a managed service registered after that call gets the newest properties only.
 *
 * <p>The queue is held up on purpose (a managed service that waits in its update), as a cold start's slow delivery
 * did: two updates of one configuration were then handed to the server one after the other, and Jetty restarted.
 */
class ConfigurationDeliveryTest {
    private static final long WAIT_S = 30;

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ConfigurationAdmin configAdmin;

    @Test
    void aManagedServiceRegisteredAfterTheQueueDrainedSeesOnlyTheNewestUpdate() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServiceRegistration<ManagedService> blocker = register("itest.delivery.blocker", props -> {
            if (props != null) {
                holding.countDown();
                await(release);
            }
        });
        Configuration blocking = configAdmin.getConfiguration("itest.delivery.blocker", "?");
        Configuration target = configAdmin.getConfiguration("itest.delivery.target", "?");
        ServiceRegistration<ManagedService> barrier = null;
        ServiceRegistration<ManagedService> late = null;
        try {
            blocking.update(properties("held", 1));
            assertThat(holding.await(WAIT_S, TimeUnit.SECONDS)).as("the queue is held").isTrue();
            target.update(properties("step", 1));
            target.update(properties("step", 2));
            CountDownLatch drained = new CountDownLatch(1);
            barrier = register("itest.delivery.barrier", props -> drained.countDown());
            assertThat(drained.getCount()).as("the barrier waits behind the held queue").isEqualTo(1);

            release.countDown();
            assertThat(drained.await(WAIT_S, TimeUnit.SECONDS)).as("the barrier is reached").isTrue();
            List<Object> seen = new CopyOnWriteArrayList<>();
            late = register("itest.delivery.target", props -> seen.add(props == null ? null : props.get("step")));
            ConfigurationQueue.drain(context, Duration.ofSeconds(WAIT_S));

            assertThat(seen).as("one delivery, with the newest properties").containsExactly(2);
        } finally {
            release.countDown();
            blocker.unregister();
            if (barrier != null) {
                barrier.unregister();
            }
            if (late != null) {
                late.unregister();
            }
            blocking.delete();
            target.delete();
        }
    }

    private ServiceRegistration<ManagedService> register(String pid, ManagedService service) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_PID, pid);
        return context.registerService(ManagedService.class, service, props);
    }

    private static Dictionary<String, Object> properties(String key, int value) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(key, value);
        return props;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
