/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 server for the tests: s3proxy (its jar with dependencies, which the build copies to the path in the
 * system property {@code s3proxy.jar}) in a child process, keeping its buckets as folders of a temporary directory
 * and checking SigV4 signatures. It listens on a loopback port that stays the same across {@link #stop()} and
 * {@link #start()}, so that tests can take the server away and bring it back under a store's feet.
 */
final class S3ProxyProcess implements AutoCloseable {
    static final String IDENTITY = "gigatile-identity";
    static final String CREDENTIAL = "gigatile-credential";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private Process process;

    private S3ProxyProcess(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /**
     * @param directory where the buckets, the properties and the server's log go
     * @return a running server
     */
    static S3ProxyProcess start(Path directory) throws IOException {
        S3ProxyProcess server = new S3ProxyProcess(directory, freePort());
        Files.createDirectories(directory.resolve("buckets"));
        Files.write(directory.resolve("s3proxy.properties"), List.of(
                "s3proxy.endpoint=" + server.endpoint(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + directory.resolve("buckets")));
        server.start();
        return server;
    }

    /** @return the server's base URL */
    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the folder of a bucket, created if need be: s3proxy's filesystem provider sees folders as buckets */
    Path bucket(String name) throws IOException {
        return Files.createDirectories(directory.resolve("buckets").resolve(name));
    }

    /** Starts the server (again) and returns once it accepts connections. */
    void start() throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = directory.resolve("s3proxy.log");
        process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar().toString(), "--properties",
                directory.resolve("s3proxy.properties").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            // waiting on the process rather than sleeping: if it dies, the test learns at once and why
            if (waitForExit(Duration.ofMillis(50))) {
                throw new IllegalStateException("s3proxy exited with " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("s3proxy did not listen within " + START_TIMEOUT);
            }
        }
    }

    /** Stops the server and waits until it is gone, so that its port refuses connections. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean waitForExit(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for s3proxy", e);
        }
    }

    private static Path jar() {
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property s3proxy.jar must name the s3proxy jar: run the tests"
                    + " with Maven, which copies it to target/s3proxy/");
        }
        return Path.of(jar);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
