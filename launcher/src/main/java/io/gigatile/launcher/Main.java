/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * {@code java -jar gigatile.jar [debug] [--bind HOST:PORT] [--backlog N]}: finds the bundle folder, starts the
 * framework with a fresh storage folder of its own, and stops it cleanly on SIGTERM or Ctrl-C. {@code debug} adds the
 * Gogo shell on the console ({@code lb}, {@code scr:list}, {@code inspect}...).
 *
 * <p>System properties: {@code gigatile.bundles} names an unpacked bundle folder (the archive's launcher sets
 * it), {@code gigatile.cache} where the executable jar unpacks its bundles, {@code gigatile.storage} where the
 * framework's storage goes (default: see {@link StorageFolder}), {@code gigatile.launcher.trace} prints the
 * start-up steps' times, {@code gigatile.launcher.rehearsal} is the build's (see {@link #REHEARSAL}); any framework
 * property of the plan may be overridden with {@code -D}. Started with {@code -jar}, it runs the server in a JVM of
 * its own (see {@link ServerProcess}).
 */
public final class Main {
    /**
     * The build's rehearsal: start, record the bundle classes loaded, write them into the folder this names and
     * stop (see {@link ClassPreload}).
     */
    static final String REHEARSAL = "gigatile.launcher.rehearsal";

    private Main() {
    }

    public static void main(String[] args) {
        Trace trace = new Trace(Boolean.getBoolean("gigatile.launcher.trace"));
        StorageFolder.Claim storage = null;
        Path unpacked = null;
        boolean debug = args.length > 0 && args[0].equals("debug");
        try {
            Path bundles;
            String given = System.getProperty("gigatile.bundles");
            if (given != null && !given.isBlank()) {
                bundles = Path.of(given).toAbsolutePath();
                if (Boolean.getBoolean(ServerProcess.CHILD)) {
                    ServerProcess.stopWithLauncher(System.in);
                }
            } else {
                Path jar = ownJar();
                try {
                    String cache = System.getProperty("gigatile.cache");
                    bundles = BundleFolder.unpack(jar,
                            cache != null ? Path.of(cache).toAbsolutePath() : BundleFolder.defaultCacheRoot());
                } catch (IOException e) {
                    // no writable cache (a read-only home): this start unpacks for itself
                    unpacked = Files.createTempDirectory("gigatile-bundles-");
                    BundleFolder.extract(jar, unpacked);
                    bundles = unpacked;
                }
                // a debug run keeps the console's input for the shell
                if (unpacked == null && !debug) {
                    serveFromAJvmOfItsOwn(bundles, trace);
                }
            }
            trace.step("bundle folder " + bundles.getFileName());
            LaunchPlan plan;
            try (InputStream in = Files.newInputStream(bundles.resolve(LaunchPlan.FILE))) {
                plan = LaunchPlan.read(in);
            }
            storage = createStorage();
            trace.step("framework storage made");
            Framework framework = factory().newFramework(properties(plan, storage.folder()));
            trace.step("framework made");
            StorageFolder.Claim storageToDelete = storage;
            Path unpackedToDelete = unpacked;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Server.stop(framework);
                storageToDelete.close();
                if (unpackedToDelete != null) {
                    BundleFolder.deleteTree(unpackedToDelete);
                }
            }, "gigatile-shutdown"));
            String[] serverArgs = debug ? Arrays.copyOfRange(args, 1, args.length) : args;
            String rehearsal = System.getProperty(REHEARSAL);
            Server.start(framework, plan, bundles, serverArgs, debug,
                    rehearsal == null ? null : Path.of(rehearsal).toAbsolutePath(), trace);
            if (rehearsal == null) {
                Server.awaitStop(framework);
            }
            // a rehearsal ends here: the shutdown hook stops the framework
            System.exit(0);
        } catch (Exception e) {
            System.err.println("gigatile: cannot start: " + e.getMessage());
            if (storage != null) {
                storage.close();
            }
            if (unpacked != null) {
                BundleFolder.deleteTree(unpacked);
            }
            System.exit(1);
        }
    }

    /**
     * Runs the server in a JVM of its own, which maps a class data archive, and exits with its exit code; returns
     * when the server is to run in this JVM.
     */
    private static void serveFromAJvmOfItsOwn(Path bundles, Trace trace) {
        Optional<ServerProcess.Plan> server = ServerProcess.plan(Path.of(System.getProperty("java.home")),
                List.of(ProcessHandle.current().info().arguments().orElse(new String[0])), System.getenv(), bundles,
                ProcessHandle.current().pid());
        if (server.isPresent()) {
            trace.step("starting the server's JVM");
            try {
                System.exit(ServerProcess.run(server.get()));
            } catch (IOException e) {
                trace.step("the server's JVM did not start, the server runs here: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(1);
            }
        }
    }

    static Map<String, String> properties(LaunchPlan plan, Path storage) {
        Map<String, String> props = new HashMap<>();
        plan.frameworkProperties().forEach((key, value) -> props.put(key, System.getProperty(key, value)));
        props.put("org.osgi.framework.storage", storage.toString());
        // each start begins from the plan and the environment, never from what an earlier run left behind
        props.put("org.osgi.framework.storage.clean", "onFirstInit");
        return props;
    }

    private static StorageFolder.Claim createStorage() throws IOException {
        Path parent = StorageFolder.parent(System.getenv(), System.getProperty(StorageFolder.PROPERTY),
                System.getProperty("java.io.tmpdir"));
        StorageFolder.removeAbandoned(parent);
        try {
            return StorageFolder.claim(parent);
        } catch (IOException e) {
            return StorageFolder.claim(Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    private static FrameworkFactory factory() {
        return ServiceLoader.load(FrameworkFactory.class, Main.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
    }

    private static Path ownJar() throws IOException {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new IOException("not started from a jar: set -Dgigatile.bundles to the bundle folder");
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the launcher's jar", e);
        }
    }
}
