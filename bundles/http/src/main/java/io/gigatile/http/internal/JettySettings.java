/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives Pax Web the Jetty settings image URLs need (see {@code jetty/gigatile-jetty.xml}): encoded slashes in
 * identifiers and IIIF's bare '^' must reach the protocols. Pax Web reads a Jetty XML file, so the bundle's copy
 * is unpacked into its data area and named in Pax Web's configuration, unless an operator named a file already.
 * It runs before Pax Web starts its server (start order) and returns once Configuration Admin has delivered
 * every update queued so far ({@link ConfigurationBarrier}), so Jetty starts once, with these settings.
 */
@Component(immediate = true)
public class JettySettings {
    private static final Logger LOG = LoggerFactory.getLogger(JettySettings.class);
    static final String PAX_WEB_PID = "org.ops4j.pax.web";
    static final String CONFIG_FILE = "org.ops4j.pax.web.config.file";
    static final String DECODE_AMBIGUOUS = "org.ops4j.pax.web.server.decodeAmbiguousURIs";
    static final String ADDRESSES = "org.ops4j.pax.web.listening.addresses";
    /** The address of the connector {@code backlog-connector.xml} defines: the first that Pax Web listens on. */
    static final String HOST = "io.gigatile.http.host";
    /** The listen backlog config.env writes from iipsrv's {@code --backlog}; with it, the XML defines the connector. */
    static final String BACKLOG = "io.gigatile.http.backlog";
    private static final Duration BARRIER_LIMIT = Duration.ofSeconds(10);

    @Activate
    public JettySettings(BundleContext context, @Reference ConfigurationAdmin configAdmin) {
        configure(context, configAdmin);
        // Pax Web starts after this bundle: it must find every update to its configuration delivered by then
        try {
            if (!ConfigurationBarrier.await(context, BARRIER_LIMIT)) {
                LOG.warn("Configuration Admin did not deliver the settings within {} s; Jetty may start twice",
                        BARRIER_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void configure(BundleContext context, ConfigurationAdmin configAdmin) {
        try {
            Configuration config = configAdmin.getConfiguration(PAX_WEB_PID, "?");
            Dictionary<String, Object> props = config.getProperties();
            if (props != null && props.get(CONFIG_FILE) != null) {
                LOG.debug("Pax Web already has a Jetty configuration file; leaving it");
                return;
            }
            boolean backlog = props != null && props.get(BACKLOG) != null;
            Path file = context.getDataFile("gigatile-jetty.xml").toPath();
            Files.writeString(file, xml(backlog));
            Dictionary<String, Object> next = props == null ? new Hashtable<>() : props;
            next.put(CONFIG_FILE, file.toAbsolutePath().toString());
            next.put(DECODE_AMBIGUOUS, "true");
            if (backlog) {
                next.put(HOST, firstAddress(props.get(ADDRESSES) != null ? props.get(ADDRESSES)
                        : context.getProperty(ADDRESSES)));
            }
            config.updateIfDifferent(next);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not give Jetty Gigatile's URI settings; encoded slashes and '^' may be refused", e);
        }
    }

    /**
     * The Jetty XML: the bundle's, with the connector of {@code backlog-connector.xml} when a backlog is asked for.
     * Only then, because Pax Web's own connector is the one the server has always been tested with at start: an
     * XML connector is rebuilt whenever Pax Web's configuration changes.
     */
    static String xml(boolean backlog) throws IOException {
        String xml = resource("/jetty/gigatile-jetty.xml");
        if (!backlog) {
            return xml;
        }
        String before = "  <Set name=\"errorHandler\">";
        int at = xml.indexOf(before);
        return xml.substring(0, at) + resource("/jetty/backlog-connector.xml") + xml.substring(at);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JettySettings.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Pax Web listens on each of a comma-separated list of addresses; the XML's connector takes the first, and Pax
     * Web makes its own for the others (with the JDK's backlog).
     */
    static String firstAddress(Object addresses) {
        String first = addresses == null ? "" : addresses.toString().split(",")[0].strip();
        return first.isEmpty() ? "0.0.0.0" : first;
    }
}
