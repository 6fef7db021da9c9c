/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A memcached server of the deployment (Debian's memcached), and its hit counter read with the text protocol. */
final class Memcached {

    private Memcached() {
    }

    static LocalProcess server(Path directory, String name) {
        int port = LocalProcess.freePort();
        return new LocalProcess(name, directory, port, List.of("memcached", "-l", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "0", "-m", "32", "-u", "root"));
    }

    /** @return the server's {@code get_hits}, or 0 when it does not answer (stopped) */
    static long hits(LocalProcess server) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port)) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("stats\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            long hits = 0;
            for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
                if (line.startsWith("STAT get_hits ")) {
                    hits = Long.parseLong(line.substring("STAT get_hits ".length()).strip());
                }
            }
            return hits;
        } catch (IOException e) {
            if (e instanceof java.net.ConnectException) {
                return 0;
            }
            throw new UncheckedIOException(e);
        }
    }
}
