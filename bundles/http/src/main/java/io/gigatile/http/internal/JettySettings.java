/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the HTTP server (Apache Felix HTTP Jetty) the settings image URLs need, where an operator has not set them.
 * IIIF identifiers hold encoded slashes (%2F), browsers send IIIF's '^' (upscaling) unencoded, and paths may have
 * empty segments ('//'): Jetty's default URI compliance refuses all three before any servlet sees the request.
 * Felix HTTP takes only Jetty's named compliance modes, and the one that admits a bare '^' is UNSAFE; that is safe
 * here because no servlet maps a path to a file: the protocols read the raw request URI, decode it once, check it
 * themselves and answer what they cannot parse with a short 400, and the image stores confine every name to their
 * root. The server's name and version are not announced. Jetty gets a selector per processor (up to eight, and no
 * more than a sixteenth of a thread pool an operator bounds): its own default, half the processors, leaves one
 * thread parsing and writing every connection's requests on a 2-processor machine, and small answers (tiles from
 * the caches) then wait on it; two selectors there served 10 % more hot tiles, the same regions.
 *
 * <p>It runs before the HTTP server starts (start order) and returns once Configuration Admin has delivered every
 * update queued so far ({@link ConfigurationBarrier}), so that Jetty starts once, with these settings. Later, a
 * configuration that leaves them out (an operator's {@code org.apache.felix.http.cfg}, which replaces the whole
 * configuration) gets them back, and a deleted one is made again, since without one the server stops.
 */
@Component(immediate = true, service = ConfigurationListener.class)
public class JettySettings implements ConfigurationListener {
    private static final Logger LOG = LoggerFactory.getLogger(JettySettings.class);
    static final String HTTP_PID = "org.apache.felix.http";
    static final Map<String, Object> DEFAULTS = Map.of(
            "org.eclipse.jetty.UriComplianceMode", "UNSAFE",
            "org.apache.felix.http.jetty.sendServerHeader", "false");
    static final String SELECTORS = "org.apache.felix.http.jetty.selectors";
    static final String THREAD_POOL_MAX = "org.apache.felix.http.jetty.threadpool.max";
    private static final int MAX_SELECTORS = 8;
    private static final Duration BARRIER_LIMIT = Duration.ofSeconds(10);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;

    @Activate
    public JettySettings(BundleContext context, @Reference ConfigurationAdmin configAdmin) {
        this.context = context;
        this.configAdmin = configAdmin;
        configure();
        // the HTTP server starts after this bundle: it must find every update to its configuration delivered by then
        try {
            if (!ConfigurationBarrier.await(context, BARRIER_LIMIT)) {
                LOG.warn("Configuration Admin did not deliver the settings within {} s; Jetty may start twice",
                        BARRIER_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called by Configuration Admin on its event thread. Felix's Configuration Admin fires the deletion's event
     * before it queues the deletion's delivery: a configuration made again at once could reach the HTTP server
     * first, and the deletion after it would stop the server for good. So the configuration is made again once the
     * deliveries queued so far are through.
     */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (!HTTP_PID.equals(event.getPid()) || event.getFactoryPid() != null) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            try {
                ConfigurationBarrier.await(context, BARRIER_LIMIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (event.getType() == ConfigurationEvent.CM_UPDATED || event.getType() == ConfigurationEvent.CM_DELETED) {
            // unchanged when the settings are there: no update, so no further event
            configure();
        }
    }

    private void configure() {
        try {
            Configuration config = configAdmin.getConfiguration(HTTP_PID, "?");
            Dictionary<String, Object> next = withDefaults(config.getProperties(), context::getProperty,
                    Runtime.getRuntime().availableProcessors());
            if (config.updateIfDifferent(next)) {
                LOG.debug("URI settings given to the HTTP server");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not give Jetty Gigatile's URI settings; encoded slashes and '^' may be refused", e);
        }
    }

    /**
     * @param props the HTTP server's configuration, or null if it has none
     * @param frameworkProperties the framework's properties, which Felix HTTP reads where its configuration is silent
     * @param processors the processors the JVM has
     * @return the operator's properties, with each of {@link #DEFAULTS} and the selectors they set neither in the
     *         configuration nor as a framework property
     */
    static Dictionary<String, Object> withDefaults(Dictionary<String, Object> props,
            UnaryOperator<String> frameworkProperties, int processors) {
        Dictionary<String, Object> next = props == null ? new Hashtable<>() : props;
        Predicate<String> unset = key -> next.get(key) == null && frameworkProperties.apply(key) == null;
        DEFAULTS.forEach((key, value) -> {
            if (unset.test(key)) {
                next.put(key, value);
            }
        });
        if (unset.test(SELECTORS)) {
            next.put(SELECTORS, String.valueOf(selectors(processors, threadPoolMax(next, frameworkProperties))));
        }
        return next;
    }

    /** One per processor, up to {@link #MAX_SELECTORS}, at most a sixteenth of a bounded pool (as Jetty's own). */
    private static int selectors(int processors, int threadPoolMax) {
        int selectors = Math.min(processors, MAX_SELECTORS);
        if (threadPoolMax > 0) {
            selectors = Math.min(selectors, threadPoolMax / 16);
        }
        return Math.max(1, selectors);
    }

    /** The thread pool's bound an operator set, or 0 for Jetty's default (200). */
    private static int threadPoolMax(Dictionary<String, Object> props, UnaryOperator<String> frameworkProperties) {
        Object max = props.get(THREAD_POOL_MAX);
        String value = max != null ? max.toString() : frameworkProperties.apply(THREAD_POOL_MAX);
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            // Felix HTTP falls back to its default for what it cannot read
            return 0;
        }
    }
}
