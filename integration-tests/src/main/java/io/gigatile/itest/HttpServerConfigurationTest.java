/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;

/**
 * An operator's {@code org.apache.felix.http.cfg} replaces the HTTP server's whole configuration, and removing the
 * file deletes it. The http bundle puts back the URI settings image URLs need (IIIF's bare '^' here) and makes a
 * deleted configuration again, since the server stops without one. Each step restarts Jetty, on the same port. It
 * also gives Jetty a selector per processor.
 */
class HttpServerConfigurationTest {
    private static final String PID = "org.apache.felix.http";
    private static final String COMPLIANCE = "org.eclipse.jetty.UriComplianceMode";
    private static final int DELETIONS = 5;
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
        ConfigurationQueue.drain(server.context(), TestServer.TIMEOUT);
    }

    @Test
    void aConfigurationWithoutTheUriSettingsGetsThemBack() throws IOException {
        Dictionary<String, Object> replacing = new Hashtable<>();
        replacing.put("org.osgi.service.http.port", server.context().getProperty("org.osgi.service.http.port"));
        replacing.put("org.apache.felix.http.host", "127.0.0.1");
        configuration().update(replacing);

        Await.until(server.context(), TestServer.TIMEOUT, "the URI settings back",
                HttpServerConfigurationTest::hasSettings);
        awaitServing();
    }

    @Test
    void aDeletedConfigurationIsMadeAgain() {
        // several times: made again at once, the configuration could reach the server before the deletion did,
        // which then stopped the server for good (in some deletions, not all)
        for (int i = 0; i < DELETIONS; i++) {
            server.unconfigure(PID);

            Await.until(server.context(), TestServer.TIMEOUT, "the configuration made again",
                    HttpServerConfigurationTest::hasSettings);
            awaitServing();
        }
    }

    /** Until the server answers IIIF's '^' with a 200: a refused connection is not an answer yet. */
    private static void awaitServing() {
        String[] last = {"nothing"};
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "the server to serve '^' again", () -> {
                try {
                    // a short wait per attempt: a connection made while Jetty restarts may never be answered
                    last[0] = server.http().statusLine(CARET, Duration.ofSeconds(2));
                } catch (IOException e) {
                    last[0] = e.toString();
                }
                return last[0].endsWith(" 200 OK");
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last answer: " + last[0] + "; configuration: "
                    + configuration().getProperties(), e);
        }
    }

    /**
     * Jetty's own default is a selector per two processors; on the 2-processor machines this runs on that is one
     * thread for every connection's reads and writes.
     */
    @Test
    void jettyRunsASelectorPerProcessor() {
        int expected = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        assertThat(configuration().getProperties().get("org.apache.felix.http.jetty.selectors"))
                .isEqualTo(String.valueOf(expected));
        Await.until(server.context(), TestServer.TIMEOUT, expected + " selecting threads",
                () -> selectingThreads() == expected);
    }

    /** Threads blocked in a Jetty selector's select: one per selector while the server is idle. */
    private static long selectingThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName()
                        .startsWith("org.eclipse.jetty.io.ManagedSelector") && frame.getMethodName().equals("select")))
                .count();
    }

    private static boolean hasSettings() {
        Dictionary<String, Object> props = configuration().getProperties();
        return props != null && "UNSAFE".equals(props.get(COMPLIANCE));
    }

    private static Configuration configuration() {
        return server.configuration(PID);
    }
}
