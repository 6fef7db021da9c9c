/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Some two thousand malformed requests per image kind ({@link HostileRequests}), each answered by the server's side
 * without failing: a 4xx, 501 for a feature that is not there, or 200 where iipsrv is lenient too; an error is a
 * short text naming no path and holding no stack trace, every answer comes within seconds, and the server
 * serves on.
 */
class HostileRequestsTest {
    private static final long SECONDS = 5;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-none-180x120-tile64-pyramid.tif",
        "tif-float-deflate-predictor3-256x192-tile64-pyramid.tif", "jp2/jp2-grey16-300x200-tile128-r3-l2.jp2",
        "imageio/png-rgba-300x200.png"})
    void malformedRequestsOfEveryProtocolAreAnsweredWithoutAServerFailure(String image) {
        List<String> wrong = new ArrayList<>();
        for (String request : HostileRequests.on(image)) {
            long start = System.nanoTime();
            Answer answer = send(request);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            int status = answer.status();
            String body = status >= 400 ? answer.body() : "";
            // the viewer's pages are for people: their errors are pages too; so are the few requests Jetty itself
            // refuses before any servlet (a NUL byte in the path): its fixed page names the status only
            boolean page = request.startsWith("/?") || status == 400 && body.contains("<h2>HTTP ERROR 400 ")
                    && body.length() < 400;
            if (status >= 500 && status != 501 || seconds >= SECONDS || !page && body.length() > 300
                    || body.contains("Exception") || body.contains("\tat ")
                    || body.contains(server.root().toString())) {
                wrong.add(status + " in " + seconds + " s: " + request + " -> " + body);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(HostileRequests.on(image)).hasSizeGreaterThan(1000);
        assertThat(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + image + "&JTL=0,0").statusCode()).isEqualTo(200);
    }

    /** Sends what java.net.URI accepts through the client, the rest (bad escapes) as raw bytes on a socket. */
    private static Answer send(String request) {
        try {
            URI.create(server.http().base() + request);
        } catch (IllegalArgumentException e) {
            return raw(request);
        }
        HttpResponse<byte[]> answer = server.http().get(request);
        return new Answer(answer.statusCode(), Http.text(answer));
    }

    private static Answer raw(String request) {
        URI base = URI.create(server.http().base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) (SECONDS * 1000));
            socket.getOutputStream().write(("GET " + request + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(text.substring(9, 12)), headEnd < 0 ? "" : text.substring(headEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(request, e);
        }
    }

    private record Answer(int status, String body) {
    }
}
