/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the plan's bundles in place, starts them by start level (those of one level side by side), and stops
 * the framework.
 */
final class Server {

    /** The service property under which the command line is published; config.env reads {@code --bind}. */
    static final String ARGUMENTS = "launcher.arguments";

    private static final long STOP_TIMEOUT_MS = 30_000;
    private static final long RECORD_AFTER_START_MS = 10_000;
    private static final Duration REHEARSAL_LIMIT = Duration.ofSeconds(60);

    private Server() {
    }

    /**
     * @param rehearsal where the build's rehearsal writes the classes the start loaded, or null for a server
     */
    static void start(Framework framework, LaunchPlan plan, Path folder, String[] args, boolean debug,
            Path rehearsal, Trace trace) throws BundleException, IOException {
        framework.init();
        trace.step("framework initialised");
        BundleContext context = framework.getBundleContext();
        boolean recorded = rehearsal == null && Files.isRegularFile(folder.resolve(ClassPreload.FILE));
        ClassPreload.Recorder recorder = recorded ? null : new ClassPreload.Recorder(context);
        context.registerService(Object.class, new Object(), new Hashtable<>(Map.of(ARGUMENTS, args.clone())));
        framework.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(plan.defaultStartLevel());
        List<LaunchPlan.Entry> entries = new ArrayList<>(plan.bundles());
        if (debug) {
            for (Path jar : debugBundles(folder)) {
                entries.add(new LaunchPlan.Entry(folder.relativize(jar).toString(), plan.defaultStartLevel()));
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            SortedMap<Integer, List<Bundle>> byLevel = new TreeMap<>();
            List<Bundle> installed = all(workers, entries.stream()
                    .map(e -> (Callable<Bundle>) () -> install(context, folder.resolve(e.path()), e.startLevel()))
                    .toList());
            for (int i = 0; i < installed.size(); i++) {
                Bundle bundle = installed.get(i);
                if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                    byLevel.computeIfAbsent(entries.get(i).startLevel(), level -> new ArrayList<>()).add(bundle);
                }
            }
            trace.step(installed.size() + " bundles installed");
            // nothing is marked started yet, so the framework reaches its start level at once; the bundles are
            // resolved together, which bundles starting side by side could not do (one resolve at a time)
            framework.start();
            framework.adapt(FrameworkWiring.class).resolveBundles(null);
            trace.step("bundles resolved");
            if (recorded) {
                daemon("gigatile-preload", () -> ClassPreload.read(folder)
                        .ifPresent(list -> trace.step(ClassPreload.load(context, list) + " classes preloaded")));
            }
            for (Map.Entry<Integer, List<Bundle>> level : byLevel.entrySet()) {
                all(workers, level.getValue().stream().map(b -> starter(b, trace)).toList());
                trace.step("start level " + level.getKey() + ": " + level.getValue().size() + " bundles started");
            }
            trace.step("bundles started");
            if (rehearsal != null) {
                try (recorder) {
                    ClassPreload.rehearse(context, recorder, rehearsal, REHEARSAL_LIMIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BundleException("interrupted while rehearsing");
                }
                trace.step("classes to preload recorded into " + rehearsal);
            } else if (recorder != null) {
                daemon("gigatile-record", () -> record(framework, recorder, folder, trace));
            }
        } finally {
            workers.shutdown();
        }
    }

    /**
     * Writes the list once the start levels are through, so that a server stopped soon after its first tile
     * leaves one, and again after a while, with what starts asynchronously (Jetty, on Configuration Admin's
     * thread; components that wait for services) and the first requests, unless the framework stopped by then.
     */
    private static void record(Framework framework, ClassPreload.Recorder recorder, Path folder, Trace trace) {
        try (recorder) {
            recorder.write(folder);
            trace.step("classes to preload recorded");
            if (framework.waitForStop(RECORD_AFTER_START_MS).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                recorder.write(folder);
                trace.step("classes to preload recorded again");
            }
        } catch (IOException e) {
            // a read-only bundle folder: later starts go without the head start
            trace.step("classes to preload not recorded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starting is most of the start-up time, and nearly all of it is one bundle's own work (its classes loaded,
     * its components activated), so the bundles of one start level start side by side, one per processor.
     */
    private static Callable<Bundle> starter(Bundle bundle, Trace trace) {
        return () -> {
            long start = System.nanoTime();
            try {
                // marked started, as the framework's own start-level thread would: a restart of the framework
                // starts it again
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException | IllegalStateException e) {
                // as the framework does with a bundle of a start level that fails: said, and the others go on
                System.err.println("gigatile: bundle " + bundle.getSymbolicName() + " did not start: "
                        + e.getMessage());
            }
            trace.started(bundle.getSymbolicName(), System.nanoTime() - start);
            return bundle;
        };
    }

    private static List<Bundle> all(ExecutorService workers, List<Callable<Bundle>> tasks) throws BundleException {
        List<Bundle> done = new ArrayList<>();
        try {
            for (Future<Bundle> f : workers.invokeAll(tasks)) {
                done.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("interrupted while starting");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof BundleException b ? b : new BundleException(cause.toString(), cause);
        }
        return done;
    }

    private static Bundle install(BundleContext context, Path jar, int startLevel) throws BundleException {
        // in place: the framework reads the jar where it lies instead of copying it into its storage
        Bundle bundle = context.installBundle("reference:" + jar.toAbsolutePath().toUri());
        bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
        return bundle;
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
