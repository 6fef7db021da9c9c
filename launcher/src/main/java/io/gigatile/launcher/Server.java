/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/** Installs the plan's bundles in place, starts them by start level, and stops the framework. */
final class Server {

    /** The service property under which the command line is published; config.env reads {@code --bind}. */
    static final String ARGUMENTS = "launcher.arguments";

    private static final long STOP_TIMEOUT_MS = 30_000;

    private Server() {
    }

    static void start(Framework framework, LaunchPlan plan, Path folder, String[] args, boolean debug,
            Trace trace) throws BundleException, IOException {
        framework.init();
        BundleContext context = framework.getBundleContext();
        context.registerService(Object.class, new Object(), new Hashtable<>(Map.of(ARGUMENTS, args.clone())));
        framework.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(plan.defaultStartLevel());
        for (LaunchPlan.Entry entry : plan.bundles()) {
            install(context, folder.resolve(entry.path()), entry.startLevel());
        }
        if (debug) {
            for (Path jar : debugBundles(folder)) {
                install(context, jar, plan.defaultStartLevel());
            }
        }
        trace.step(plan.bundles().size() + " bundles installed");
        framework.start();
        trace.step("framework started");
    }

    private static void install(BundleContext context, Path jar, int startLevel) throws BundleException {
        // in place: the framework reads the jar where it lies instead of copying it into its storage
        Bundle bundle = context.installBundle("reference:" + jar.toAbsolutePath().toUri());
        bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
            // marks the bundle started; the framework starts it when its start level is reached
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
    }

    private static List<Path> debugBundles(Path folder) throws IOException {
        Path debug = folder.resolve(BundleFolder.DEBUG_PREFIX);
        if (!Files.isDirectory(debug)) {
            throw new IOException("this build has no debug bundles");
        }
        try (Stream<Path> jars = Files.list(debug)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    static void awaitStop(Framework framework) throws InterruptedException {
        framework.waitForStop(0);
    }

    static void stop(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT_MS);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("gigatile: the framework did not stop within " + STOP_TIMEOUT_MS / 1000 + " s");
            }
        } catch (BundleException e) {
            System.err.println("gigatile: stopping: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
