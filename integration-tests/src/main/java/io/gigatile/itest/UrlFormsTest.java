/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * URLs as browsers and viewers really send them reach the protocols: IIIF's '^' unencoded (browsers do not
 * encode it) and identifiers with encoded slashes, which Jetty refuses by default.
 */
class UrlFormsTest {
    static final String ID = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    /** Sends the request line byte for byte, as java.net.URI would refuse '^'. */
    private static String statusLine(String target) throws IOException {
        int port = Integer.parseInt(server.context().getProperty("org.osgi.service.http.port"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void bareCaretUpscalesInIiif3() throws IOException {
        assertThat(statusLine("/iiif/3/" + ID + "/full/^1200,/0/default.jpg")).endsWith(" 200 OK");
    }

    @Test
    void encodedSlashesReachTheProtocolAsPartOfTheIdentifier() throws IOException {
        assertThat(statusLine("/iiif/3/no%2Fsuch%2Fimage.tif/info.json")).contains(" 404 ");
        assertThat(statusLine("/iiif/3/" + ID.replace("-", "%2D") + "/info.json")).endsWith(" 200 OK");
    }

    @Test
    void traversalInEncodedSlashesStaysInsideTheRoot() throws IOException {
        assertThat(statusLine("/iiif/3/..%2F..%2F..%2Fetc%2Fpasswd/info.json")).containsAnyOf(" 400 ", " 404 ");
    }
}
