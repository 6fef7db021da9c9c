/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;

/**
 * A real S3 server beside the framework: s3proxy in a child process (the jar the build copies, named by the
 * framework property {@code gigatile.test.s3proxy}), buckets as folders, SigV4 signatures checked, on a loopback
 * port that stays the same when it is stopped and started again.
 */
final class S3Server implements AutoCloseable {
    static final String IDENTITY = "gigatile-itest";
    static final String CREDENTIAL = "gigatile-itest-secret";

    private final BundleContext context;
    private final Path directory;
    private final int port;
    private Process process;

    S3Server(BundleContext context, Path directory) {
        this.context = context;
        this.directory = directory;
        this.port = freePort();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the folder of a bucket: s3proxy's filesystem provider serves a folder's files as its objects */
    Path bucket(String name) {
        try {
            return Files.createDirectories(directory.resolve("buckets").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts s3proxy and returns once it accepts connections. */
    void start() {
        try {
            Path properties = directory.resolve("s3proxy.properties");
            Files.write(properties, List.of("s3proxy.endpoint=" + endpoint(), "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY, "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + directory.resolve("buckets")));
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-Xmx192m", "-jar", context.getProperty("gigatile.test.s3proxy"),
                    "--properties", properties.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("s3proxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until(context, TestServer.TIMEOUT, "s3proxy to listen", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("s3proxy exited with " + process.exitValue());
            }
            return answers();
        });
    }

    /** Stops s3proxy and waits until it is gone, so that its port refuses connections. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    (int) Duration.ofSeconds(1).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
