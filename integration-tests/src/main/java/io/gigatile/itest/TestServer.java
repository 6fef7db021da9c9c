/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import io.gigatile.api.ImageService;
import io.gigatile.api.ImageStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The server under test: the framework's own Gigatile, pointed at the fixtures unpacked from this bundle, and
 * reached over real HTTP on the loopback port the build reserved.
 */
final class TestServer {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BundleContext context;
    private final Path root;
    private final Http http;

    private TestServer(BundleContext context, Path root) {
        this.context = context;
        this.root = root;
        this.http = new Http(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
    }

    /** Unpacks the fixtures, points the store at them and waits until the server answers. */
    static TestServer start() {
        BundleContext context = FrameworkUtil.getBundle(TestServer.class).getBundleContext();
        TestServer server = new TestServer(context, unpackFixtures(context));
        server.configure("io.gigatile.store.file", Map.of("prefix", server.root + "/"));
        server.awaitStore(server.root + "/");
        Await.until(context, TIMEOUT, "the IIP protocol to answer over HTTP", server::answers);
        return server;
    }

    private boolean answers() {
        try {
            return http.get("/fcgi-bin/iipsrv.fcgi?FIF=tif-rgb-none-180x120-tile64-pyramid.tif&OBJ=IIP,1.0")
                    .statusCode() == 200;
        } catch (AssertionError notListeningYet) {
            return false;
        }
    }

    Http http() {
        return http;
    }

    Path root() {
        return root;
    }

    BundleContext context() {
        return context;
    }

    /**
     * Makes the server forget what it holds of an image, so that the next request asks its store again rather
     * than trusting what the store answered within the revalidation interval.
     *
     * @param identifier the image's identifier
     */
    void purge(String identifier) {
        ServiceReference<ImageService> ref = context.getServiceReference(ImageService.class);
        try {
            context.getService(ref).purge(identifier);
        } finally {
            context.ungetService(ref);
        }
    }

    /** Merges properties into a configuration, as an operator's file would. */
    void configure(String pid, Map<String, Object> properties) {
        Configuration config = configuration(pid);
        Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>()
                : config.getProperties();
        properties.forEach(props::put);
        try {
            config.updateIfDifferent(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a configuration, as removing an operator's file would. */
    void unconfigure(String pid) {
        try {
            configuration(pid).delete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration of a PID, made (without properties) if there is none. */
    Configuration configuration(String pid) {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        try {
            return context.getService(ref).getConfiguration(pid, "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.ungetService(ref);
        }
    }

    /**
     * Creates or updates a factory configuration, as a {@code pid~name.cfg} file would.
     *
     * @param factoryPid the factory PID
     * @param name the configuration's name
     * @param properties its properties
     */
    void configureFactory(String factoryPid, String name, Map<String, Object> properties) {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = context.getService(ref);
        try {
            Configuration config = admin.getFactoryConfiguration(factoryPid, name, "?");
            config.updateIfDifferent(new Hashtable<>(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.ungetService(ref);
        }
    }

    /**
     * Waits for the image store that takes a route prefix.
     *
     * @param prefix the route prefix
     */
    void awaitRoute(String prefix) {
        String filter = "(&(objectClass=" + ImageStore.class.getName() + ")(gigatile.store.prefix="
                + escape(prefix) + "))";
        Await.until(context, TIMEOUT, "the image store routed by " + prefix, () -> {
            try {
                ServiceReference<?>[] refs = context.getServiceReferences((String) null, filter);
                return refs != null && refs.length > 0;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitStore(String prefix) {
        String filter = "(&(objectClass=" + ImageStore.class.getName() + ")(prefix=" + escape(prefix) + "))";
        Await.until(context, TIMEOUT, "the file store on the fixtures", () -> {
            try {
                ServiceReference<?>[] refs = context.getServiceReferences((String) null, filter);
                return refs != null && refs.length > 0;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }

    private static Path unpackFixtures(BundleContext context) {
        try {
            Path dir = Files.createTempDirectory("gigatile-itest");
            Enumeration<URL> entries = context.getBundle().findEntries("fixtures", "*", true);
            for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
                String path = entry.getPath().substring("/fixtures/".length());
                if (path.isEmpty() || path.endsWith("/")) {
                    continue;
                }
                Path target = dir.resolve(path);
                Files.createDirectories(target.getParent());
                try (InputStream in = entry.openStream()) {
                    Files.copy(in, target);
                }
            }
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
