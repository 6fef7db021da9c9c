/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OBJ answers byte for byte as iipsrv gives them (compared with Debian's iipsrv behind lighttpd on the same
 * kind of vips pyramid: CRLF lines, its field order and spacing, application/vnd.netfpx).
 */
class IipObjTest {
    static TestServer server;
    static final String IMAGE = "/fcgi-bin/iipsrv.fcgi?FIF=tif-rgb-deflate-1000x700-tile256-pyramid.tif";

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    private static String obj(String query, int status) {
        HttpResponse<byte[]> response = server.http().get(IMAGE + query);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.netfpx");
        return Http.text(response);
    }

    @Test
    void basicInfo() {
        assertThat(obj("&OBJ=IIP,1.0&OBJ=basic-info", 200)).isEqualTo("IIP:1.0\r\nIIP-server:3.65\r\n"
                + "Max-size:1000 700\r\nResolution-number:3\r\nColorspace,0-2,0:0 0 3 3 0 1 2\r\n");
    }

    @Test
    void everyImageProperty() {
        assertThat(obj("&OBJ=Max-size&OBJ=Tile-size&OBJ=Resolution-number&OBJ=Bits-per-channel"
                + "&OBJ=Vertical-views&OBJ=Horizontal-views&OBJ=Min-Max-sample-values&OBJ=Resolutions", 200))
                .isEqualTo("\r\nMax-size:1000 700\r\nTile-size:256 256\r\nResolution-number:3\r\n"
                        + "Bits-per-channel:8\r\nVertical-views:90\r\nHorizontal-views:0\r\n"
                        + "Min-Max-sample-values: 0  255  0  255  0  255\r\nResolutions:250 175,500 350,1000 700\r\n");
    }

    /** iipsrv 1.3's OBJ=stack: each page's DocumentName and StoNits, read from the fixture's three pages. */
    @Test
    void aStacksPagesWithTheirNamesAndScales() {
        HttpResponse<byte[]> response = server.http().get(
                "/fcgi-bin/iipsrv.fcgi?FIF=tif-rgb-lzw-stack3-128x96-tile32.tif&OBJ=stack");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Http.text(response)).isEqualTo("\r\n[ "
                + "\n\t{\n\t\t\"id\": 0,\n\t\t\"name\": \"band 0\",\n\t\t\"scale\": 0.25\n\t},"
                + "\n\t{\n\t\t\"id\": 1,\n\t\t\"name\": \"band 1\",\n\t\t\"scale\": 0.349999994\n\t},"
                + "\n\t{\n\t\t\"id\": 2,\n\t\t\"name\": \"band 2\",\n\t\t\"scale\": 0.449999988\n\t}\n]\r\n");
        // the first page's StoNits as iipsrv's "scale" metadata (its %g)
        assertThat(Http.text(server.http().get(
                "/fcgi-bin/iipsrv.fcgi?FIF=tif-rgb-lzw-stack3-128x96-tile32.tif&OBJ=scale"))).isEqualTo("\r\n0.25\r\n");
    }

    @Test
    void commandNamesAreCaseInsensitive() {
        assertThat(obj("&obj=max-SIZE", 200)).isEqualTo("\r\nMax-size:1000 700\r\n");
    }

    @Test
    void unknownObjectIsAnIipError() {
        assertThat(obj("&OBJ=nonsense", 400)).isEqualTo("Error/12:3 2 nonsense\r\n");
    }

    @Test
    void greyImagesHaveOneChannel() {
        String text = Http.text(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=tif-grey-deflate-1000x700-tile256-"
                + "pyramid.tif&OBJ=Min-Max-sample-values&OBJ=basic-info"));
        assertThat(text).contains("Min-Max-sample-values: 0  255\r\n").contains("Colorspace,0-2,0:0 0 1 1 0\r\n");
    }
}
