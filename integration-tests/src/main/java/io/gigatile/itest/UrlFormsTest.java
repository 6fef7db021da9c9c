/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private static String statusLine(String target) throws IOException {
        return server.http().statusLine(target);
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
