/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedService;

/**
 * An operator's {@code org.apache.felix.http.cfg} replaces the HTTP server's whole configuration, and removing the
 * file deletes it. The http bundle puts back the URI settings image URLs need (IIIF's bare '^' here) and makes a
 * deleted configuration again, since the server stops without one. Each step restarts Jetty, on the same port.
 */
class HttpServerConfigurationTest {
    private static final String PID = "org.apache.felix.http";
    private static final String COMPLIANCE = "org.eclipse.jetty.UriComplianceMode";
    private static final String CARET = "/iiif/3/" + UrlFormsTest.ID + "/full/^1200,/0/default.jpg";
    static TestServer server;
    static Dictionary<String, Object> before;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        before = configuration().getProperties();
        assertThat(server.http().statusLine(CARET)).endsWith(" 200 OK");
    }

    @AfterAll
    static void restore() throws IOException {
        configuration().update(before);
        drainConfigurationQueue();
    }

    @Test
    void aConfigurationWithoutTheUriSettingsGetsThemBack() throws IOException {
        Dictionary<String, Object> replacing = new Hashtable<>();
        replacing.put("org.osgi.service.http.port", server.context().getProperty("org.osgi.service.http.port"));
        replacing.put("org.apache.felix.http.host", "127.0.0.1");
        configuration().update(replacing);

        Await.until(server.context(), TestServer.TIMEOUT, "the URI settings back",
                HttpServerConfigurationTest::hasSettings);
        drainConfigurationQueue();
        assertThat(server.http().statusLine(CARET)).endsWith(" 200 OK");
    }

    @Test
    void aDeletedConfigurationIsMadeAgain() throws IOException {
        configuration().delete();

        Await.until(server.context(), TestServer.TIMEOUT, "the configuration made again",
                HttpServerConfigurationTest::hasSettings);
        drainConfigurationQueue();
        assertThat(server.http().statusLine(CARET)).endsWith(" 200 OK");
    }

    private static boolean hasSettings() {
        try {
            Dictionary<String, Object> props = configuration().getProperties();
            return props != null && "UNSAFE".equals(props.get(COMPLIANCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Configuration configuration() throws IOException {
        ServiceReference<ConfigurationAdmin> ref = server.context().getServiceReference(ConfigurationAdmin.class);
        try {
            return server.context().getService(ref).getConfiguration(PID, "?");
        } finally {
            server.context().ungetService(ref);
        }
    }

    /**
     * Returns once Configuration Admin has delivered every update made so far: the HTTP server restarts Jetty within
     * its delivery, so Jetty then runs with the newest configuration.
     */
    private static void drainConfigurationQueue() {
        CountDownLatch reached = new CountDownLatch(1);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_PID, "itest.http.barrier");
        ServiceRegistration<ManagedService> barrier = server.context().registerService(ManagedService.class,
                p -> reached.countDown(), props);
        try {
            assertThat(reached.await(TestServer.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("queue drained").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            barrier.unregister();
        }
    }
}
