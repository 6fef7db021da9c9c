/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void aLineHasTheCommonFieldsTheAgentTheProtocolAndTheTimeTaken() {
        AccessLog.Request req = new AccessLog.Request("127.0.0.1", "GET", "/fcgi-bin/iipsrv.fcgi",
                "FIF=a.tif&JTL=2,0", "HTTP/1.1", "curl/8.5");
        assertThat(AccessLog.line(req, 200, 4711, "iip", 12_345_678L))
                .isEqualTo("127.0.0.1 - - \"GET /fcgi-bin/iipsrv.fcgi?FIF=a.tif&JTL=2,0 HTTP/1.1\" 200 4711 "
                        + "\"curl/8.5\" iip 12.345ms");
    }

    @Test
    void nothingSentIsADashAndMissingFieldsAreDashes() {
        AccessLog.Request req = new AccessLog.Request("::1", "GET", "/iiif/x/info.json", null, "HTTP/1.1", null);
        assertThat(AccessLog.line(req, 304, 0, "iiif", 7_000L))
                .isEqualTo("::1 - - \"GET /iiif/x/info.json HTTP/1.1\" 304 - \"-\" iiif 0.007ms");
    }

    @Test
    void aClientCannotForgeLinesOrFields() {
        AccessLog.Request req = new AccessLog.Request("10.0.0.1", "GET", "/iip", "FIF=a\"b", "HTTP/1.1",
                "evil\n10.0.0.2 - - \"GET / HTTP/1.1\" 200");
        String line = AccessLog.line(req, 404, 10, GatewayServlet.NO_PROTOCOL, 1_000_000L);
        assertThat(line).doesNotContain("\n").contains("FIF=a\\x22b").contains("evil\\x0a10.0.0.2 - - \\x22GET")
                .endsWith("none 1.000ms");
    }
}
