/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server of the deployment (Gigatile, memcached, nginx, s3proxy) as a child process listening on a loopback
 * port that stays the same when it is stopped and started again; its output goes to a log file beside it.
 */
final class LocalProcess implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    final int port;
    private Process process;

    LocalProcess(String name, Path directory, int port, List<String> command, Map<String, String> environment) {
        this.name = name;
        this.directory = directory;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
    }

    LocalProcess(String name, Path directory, int port, List<String> command) {
        this(name, directory, port, command, Map.of());
    }

    /** A GET on this server's port; a failed connection fails the test. */
    HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Whether a GET answers with this status yet: while the server starts, a refused connection is "not yet", since
     * an HTTP server whose configuration arrives late closes and reopens its connector (Pax Web, which served
     * before Felix HTTP, did so in two of three CI runs late in one session).
     */
    boolean answers(String path, int status) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == status;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static void await(String what, Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Starts the process and returns once its port accepts connections. */
    LocalProcess start() {
        try {
            Files.createDirectories(directory);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(name + ".log").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(START);
        while (!accepts()) {
            // waiting on the process rather than sleeping: if it dies, the test learns at once and why
            if (waitForExit(Duration.ofMillis(50))) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not listen within " + START + ": " + log());
            }
        }
        return this;
    }

    /** Stops the process as SIGTERM does and returns its exit code; -1 when it did not stop in time. */
    int stop(Duration limit) {
        process.destroy();
        if (!waitForExit(limit)) {
            kill();
            return -1;
        }
        int code = process.exitValue();
        process = null;
        return code;
    }

    /**
     * Kills the process at once, as a crash would, and waits until it is gone. {@code java -jar gigatile.jar} serves
     * from a JVM it starts: that one is killed first, as it is the one a crash would end.
     */
    void kill() {
        if (process != null) {
            for (ProcessHandle descendant : process.descendants().toList()) {
                descendant.destroyForcibly();
                descendant.onExit().join();
            }
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(20))) {
                kill();
            }
            process = null;
        }
    }

    String log() {
        try {
            return Files.readString(directory.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Whether this server's port accepts connections now. */
    boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the id of the process that serves, for tools that look at it from outside (jcmd, /proc): the JVM that
     *     {@code java -jar gigatile.jar} starts, if it started one
     */
    long pid() {
        return process.children().findFirst().orElse(process.toHandle()).pid();
    }

    /** @return the process started, as the operating system knows it */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** @return true if the process ended within the wait */
    boolean waitForExit(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }
}
