/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Apache Karaf instance for a test: a fresh copy of the unpacked distribution (so every run starts from Karaf's
 * own files), listening on free loopback ports only, fetching bundles from its {@code system/} folder only, and
 * installing the given features at boot. Karaf runs as a child process on the Java given, and is stopped with its
 * own {@code bin/stop}.
 */
final class Karaf implements AutoCloseable {
    private static final Duration STOP = Duration.ofSeconds(60);

    final Path home;
    final int httpPort;
    final int sshPort;
    private final Path javaHome;
    private Process process;

    private Karaf(Path home, Path javaHome) {
        this.home = home;
        this.javaHome = javaHome;
        this.httpPort = freePort();
        this.sshPort = freePort();
    }

    /**
     * Copies the distribution into {@code work} and configures it.
     *
     * @param repository a features repository URL, added to Karaf's
     * @param feature the feature installed at boot
     * @param configs further {@code etc/} files (name to lines)
     */
    static Karaf prepare(Path distribution, Path work, Path javaHome, String repository, String feature,
            Map<String, List<String>> configs) throws IOException {
        if (!Files.isRegularFile(distribution.resolve("bin/karaf"))) {
            throw new IllegalStateException("no Karaf at " + distribution + ": the build unpacks it (mvn verify)");
        }
        checkJava(javaHome);
        Path home = work.resolve(distribution.getFileName());
        delete(home);
        copy(distribution, home);
        Karaf karaf = new Karaf(home, javaHome);
        karaf.configure(repository, feature, configs);
        return karaf;
    }

    /** Karaf 4.4's scripts enable the Security Manager, which Java 24 removed: fail at once rather than hang. */
    private static void checkJava(Path javaHome) throws IOException {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            throw new IllegalStateException("not a Java home (no release file): " + javaHome);
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            p.load(in);
        }
        String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        int major = Integer.parseInt(version.replaceFirst("^1\\.", "").split("[.+-]")[0]);
        if (major < 17 || major >= 24) {
            throw new IllegalStateException("Karaf 4.4 runs on Java 17 to 23, and " + javaHome + " is Java "
                    + version + ": set -Dkaraf.java.home to a Java 17 home");
        }
    }

    private void configure(String repository, String feature, Map<String, List<String>> configs)
            throws IOException {
        Path etc = home.resolve("etc");
        Files.write(etc.resolve("org.apache.felix.http.cfg"), List.of("org.osgi.service.http.port = " + httpPort,
                "org.apache.felix.http.host = 127.0.0.1"));
        // as features/README.md advises: the HTTP server waits for its configuration instead of starting Jetty with
        // the defaults (port 8080) and again with the configuration
        Files.writeString(etc.resolve("custom.properties"), "org.apache.felix.http.require.config = true\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        edit(etc.resolve("org.apache.karaf.shell.cfg"), Map.of("sshPort", String.valueOf(sshPort),
                "sshHost", "127.0.0.1"));
        edit(etc.resolve("org.apache.karaf.management.cfg"), Map.of("rmiRegistryPort",
                String.valueOf(freePort()), "rmiServerPort", String.valueOf(freePort()),
                "rmiRegistryHost", "127.0.0.1", "rmiServerHost", "127.0.0.1"));
        // the system/ folder only: a bundle missing there fails the install instead of being downloaded
        edit(etc.resolve("org.ops4j.pax.url.mvn.cfg"), Map.of("org.ops4j.pax.url.mvn.repositories", "",
                "org.ops4j.pax.url.mvn.localRepository",
                Files.createDirectories(home.resolve("empty-local-repository")).toString()));
        Path features = etc.resolve("org.apache.karaf.features.cfg");
        String text = Files.readString(features);
        text = text.replaceFirst("(?m)^featuresRepositories\\s*=\\s*\\\\", "featuresRepositories = \\\\\n    "
                + repository.replace("\\", "\\\\") + ", \\\\");
        text = text.replaceFirst("(?m)^featuresBoot\\s*=\\s*\\\\", "featuresBoot = \\\\\n    " + feature + ", \\\\");
        Files.writeString(features, text);
        // bin/client logs in as karaf, a user Karaf ships commented out
        Path users = etc.resolve("users.properties");
        Files.writeString(users, Files.readString(users).replaceAll("(?m)^#(karaf = |_g_\\\\:admingroup = )", "$1"));
        for (Map.Entry<String, List<String>> config : configs.entrySet()) {
            Files.write(etc.resolve(config.getKey()), config.getValue());
        }
    }

    /** Sets {@code key = value} in a properties file, replacing the key's line and its continuation lines. */
    private static void edit(Path file, Map<String, String> values) throws IOException {
        String text = Files.readString(file);
        for (Map.Entry<String, String> e : values.entrySet()) {
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(e.getKey()) + "\\s*=(?:[^\\n]*\\\\\\n)*[^\\n]*$");
            String replacement = Matcher.quoteReplacement(e.getKey() + " = " + e.getValue());
            Matcher m = line.matcher(text);
            text = m.find() ? m.replaceFirst(replacement) : text + "\n" + e.getKey() + " = " + e.getValue() + "\n";
        }
        Files.writeString(file, text);
    }

    /** Starts Karaf without a local console; {@code daemon} makes the script exec Java, so this is Karaf's JVM. */
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("KARAF_DEBUG");
        process = builder.start();
    }

    /** Waits on Karaf's process between polls, so that its exit is seen at once rather than after a sleep. */
    boolean exitsWithin(Duration wait) throws InterruptedException {
        return process == null || process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Karaf logs this (and keeps running) when a boot feature cannot be resolved or a bundle not found. */
    boolean bootFeaturesFailed() {
        try {
            return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8)
                    .contains("Error installing boot features");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs shell commands through {@code bin/client} (ssh on loopback) and returns what they printed. */
    String client(String... commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", "karaf", "-p", "karaf", "-r", "30", "-d", "1", "-b"));
        Process client = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        client.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(60, TimeUnit.SECONDS) || client.exitValue() != 0) {
            client.destroyForcibly();
            throw new IllegalStateException("bin/client failed: " + out);
        }
        return out;
    }

    /** The last lines of Karaf's log (and of its console, where the JVM itself says why it could not start). */
    String logTail(int lines) {
        StringBuilder tail = new StringBuilder();
        for (Path log : List.of(home.resolve("console.log"), home.resolve("data/log/karaf.log"))) {
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                tail.append("--- ").append(home.relativize(log)).append(" (last ").append(lines).append(" lines)\n");
                all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> tail.append(l).append('\n'));
            } catch (IOException e) {
                tail.append("--- no ").append(home.relativize(log)).append('\n');
            }
        }
        return tail.toString();
    }

    /** Stops Karaf with bin/stop and waits for its JVM; kills it only if it does not stop in time. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            ProcessBuilder stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("console.log").toFile()));
            stop.environment().put("JAVA_HOME", javaHome.toString());
            stop.start().waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
        }
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            throw new IllegalStateException("Karaf did not stop within " + STOP + "; killed");
        }
        process = null;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
