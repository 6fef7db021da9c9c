/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The bundle classes a start loads, recorded once per build and loaded ahead of need at every start. Most of a
 * start runs one bundle at a time (logging, Configuration Admin, the settings, then the HTTP server) and leaves the
 * other processors idle, while loading and parsing classes is much of what the bundles after them wait for (Jetty
 * alone loads 600, the logging back end 560). A thread of its own loads the recorded classes, in
 * the order they were first needed, as soon as the bundles are resolved; the bundles then find them loaded. Loading
 * runs no static initialiser, so no bundle's code runs early; bundles that activate lazily are left alone, since
 * loading one of their classes would start them.
 *
 * <p>The list lies in the bundle folder, which belongs to one build. The build makes it (a rehearsal start of the
 * jar) and ships it, so that even the first start has it; a folder without one records its own, and a start that
 * cannot write it (a read-only folder) loses only the head start. Recording uses a {@link WeavingHook}, the
 * framework's standard view of every class a bundle defines.
 */
final class ClassPreload {
    /** The list's file in the bundle folder: a bundle's symbolic name and a class name per line. */
    static final String FILE = "preload.txt";
    /** The service the HTTP server (the OSGi Servlet Whiteboard) registers once it serves. */
    private static final String HTTP_RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";

    private ClassPreload() {
    }

    /** A recorded class: the symbolic name of the bundle that defined it, and its name. */
    record Entry(String bundle, String className) {
    }

    /** The list of an earlier start, or empty when there is none (or it cannot be read). */
    static Optional<List<Entry>> read(Path folder) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0 && space < line.length() - 1) {
                    entries.add(new Entry(line.substring(0, space), line.substring(space + 1)));
                }
            }
            return Optional.of(entries);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Loads each entry's class through its bundle, skipping what cannot be loaded (a bundle gone, a class it no
     * longer has) and stopping when the framework stops.
     *
     * @return how many classes were loaded
     */
    static int load(BundleContext context, List<Entry> entries) {
        Map<String, Bundle> bundles = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null && !lazy(bundle)) {
                bundles.putIfAbsent(bundle.getSymbolicName(), bundle);
            }
        }
        int loaded = 0;
        for (Entry entry : entries) {
            Bundle bundle = bundles.get(entry.bundle());
            if (bundle == null || (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                continue;
            }
            try {
                bundle.loadClass(entry.className());
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // the recording is only a guess at what this start needs: a class that cannot load is skipped
            } catch (IllegalStateException e) {
                // the bundle was uninstalled, or the framework is stopping
                return loaded;
            }
        }
        return loaded;
    }

    private static boolean lazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.strip().startsWith(Constants.ACTIVATION_LAZY);
    }

    /**
     * The build's rehearsal ({@code gigatile.launcher.rehearsal}): once the bundles are started, waits for the HTTP
     * server, asks it for its front page (so that the classes of a request's way through Jetty are among those
     * recorded) and writes the list into {@code folder}.
     *
     * @throws IOException if the HTTP server did not start within the limit, or the list cannot be written
     */
    static void rehearse(BundleContext context, Recorder recorder, Path folder, Duration limit)
            throws IOException, InterruptedException {
        ServiceTracker<Object, Object> runtime;
        try {
            runtime = new ServiceTracker<>(context, context.createFilter("(objectClass=" + HTTP_RUNTIME + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        runtime.open();
        try {
            if (runtime.waitForService(limit.toMillis()) == null) {
                throw new IOException("the HTTP server did not start within " + limit.toSeconds() + " s");
            }
            Object endpoint = runtime.getServiceReference().getProperty("osgi.http.endpoint");
            String base = endpoint instanceof String[] all && all.length > 0 ? all[0] : String.valueOf(endpoint);
            HttpURLConnection front = (HttpURLConnection) URI.create(base).toURL().openConnection();
            front.setConnectTimeout((int) limit.toMillis());
            front.setReadTimeout((int) limit.toMillis());
            try (InputStream in = front.getResponseCode() < 400 ? front.getInputStream() : front.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            } finally {
                front.disconnect();
            }
        } finally {
            runtime.close();
        }
        Files.createDirectories(folder);
        recorder.write(folder);
    }

    /** Records the classes the framework's bundles define until {@link #close}. */
    static final class Recorder implements WeavingHook, AutoCloseable {
        private final Collection<Entry> seen = new ConcurrentLinkedQueue<>();
        private final ServiceRegistration<WeavingHook> registration;

        Recorder(BundleContext context) {
            registration = context.registerService(WeavingHook.class, this, null);
        }

        @Override
        public void weave(WovenClass wovenClass) {
            seen.add(new Entry(wovenClass.getBundleWiring().getBundle().getSymbolicName(), wovenClass.getClassName()));
        }

        /** Writes what is recorded so far into the folder, replacing an earlier list. */
        void write(Path folder) throws IOException {
            StringBuilder text = new StringBuilder();
            for (Entry entry : seen) {
                text.append(entry.bundle()).append(' ').append(entry.className()).append('\n');
            }
            Path temporary = Files.createTempFile(folder, FILE, ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        /** Stops recording. */
        @Override
        public void close() {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already unregistered, or the framework stopped
            }
        }
    }
}
