/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real memcached server in a child process, on a free port of 127.0.0.1, and a few raw text-protocol commands
 * to look at it without the client under test. Close it in {@code @AfterEach}.
 */
final class MemcachedServer implements AutoCloseable {
    private static final String BINARY = System.getProperty("memcached.binary", "/usr/bin/memcached");
    private static final long START_DEADLINE_MS = 5000;

    private final int port;
    private Process process;

    private MemcachedServer(int port) {
        this.port = port;
    }

    /** @return a server started on a free port, accepting connections; the test is skipped without memcached */
    static MemcachedServer start() throws IOException {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(BINARY)),
                    "needs Debian's memcached at " + BINARY + " (CI installs it)");
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        MemcachedServer server = new MemcachedServer(port);
        server.restart();
        return server;
    }

    /** Starts memcached again on the same port, after {@link #kill()}, and waits until it accepts connections. */
    void restart() throws IOException {
        // as root memcached wants a user to run as; as anyone else -u is ignored
        process = new ProcessBuilder(BINARY, "-l", "127.0.0.1", "-p", String.valueOf(port), "-U", "0", "-m", "64",
                "-u", System.getProperty("user.name")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_DEADLINE_MS);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(address(), 200);
                return;
            } catch (IOException notYet) {
                try {
                    if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                        throw new IOException("memcached exited with " + process.exitValue() + " on port " + port);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        kill();
        throw new IOException("memcached did not listen on port " + port + " within " + START_DEADLINE_MS + " ms");
    }

    /** Kills the server as a crash would (SIGKILL), and waits for it to be gone. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    /** Waits a little on the process, which should not end: a bounded pause for polling loops. */
    void pause(long millis) throws InterruptedException {
        process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    /** @return a configuration's servers value for this one server */
    String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    /** Stores a value by hand, under any key and flags. */
    void set(String key, int flags, byte[] value) throws IOException {
        List<String> reply = command(false, ascii("set " + key + " " + flags + " 0 " + value.length + "\r\n"), value,
                ascii("\r\n"));
        if (!reply.equals(List.of("STORED"))) {
            throw new IOException("memcached said " + reply);
        }
    }

    /** @return the number of items the server holds */
    long items() throws IOException {
        for (String line : command(true, ascii("stats\r\n"))) {
            if (line.startsWith("STAT curr_items ")) {
                return Long.parseLong(line.substring("STAT curr_items ".length()));
            }
        }
        throw new IOException("no curr_items in stats");
    }

    /** @return true if the server holds the key (a meta get without the value: HD for a hit, EN for a miss) */
    boolean holds(String key) throws IOException {
        return command(false, ascii("mg " + key + "\r\n")).equals(List.of("HD"));
    }

    /**
     * @param untilEnd read lines up to END rather than one line
     * @param parts the command's bytes
     * @return the reply's lines
     */
    private List<String> command(boolean untilEnd, byte[]... parts) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address(), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (!untilEnd || line.equals("END")) {
                    break;
                }
            }
            return lines;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
