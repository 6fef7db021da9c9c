/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IIIF_DELIMITER: with {@code ;}, {@code stack.tif;1} is page 1 of a stack over IIIF, as IIP's SDS=1 names it
 * (iipsrv 1.3). The stack's three pages are crops of one picture 100 pixels apart, so each page looks different.
 */
class IiifPagesTest {
    private static final String STACK = "tif-rgb-lzw-stack3-128x96-tile32.tif";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.protocol.iiif", Map.of("delimiter", ";"));
        Await.until(server.context(), TestServer.TIMEOUT, "the delimiter to be taken",
                () -> server.http().get("/iiif/3/" + STACK + ";1/info.json").statusCode() == 200);
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.protocol.iiif", Map.of("delimiter", ""));
    }

    @Test
    void aPageOverIiifIsThePageSdsNamesOverIip() {
        for (int page = 0; page < 3; page++) {
            BufferedImage iiif = Http.image(server.http().get("/iiif/3/" + STACK + ";" + page
                    + "/full/max/0/default.png"));
            BufferedImage iip = Http.image(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + STACK + "&SDS=" + page
                    + "&CVT=png"));
            assertThat(Pixels.meanDifference(iiif, iip, 0, 0)).as("page %d", page).isZero();
        }
        BufferedImage first = Http.image(server.http().get("/iiif/3/" + STACK + ";0/full/max/0/default.png"));
        BufferedImage second = Http.image(server.http().get("/iiif/3/" + STACK + ";1/full/max/0/default.png"));
        assertThat(Pixels.meanDifference(second, first, 0, 0)).as("another page").isGreaterThan(1);
    }

    @Test
    void theInfoOfAPageNamesThePageAndItsTilesServeIt() {
        String info = Http.text(server.http().get("/iiif/3/" + STACK + ";2/info.json"));
        assertThat(info).contains(STACK + ";2\"");
        HttpResponse<byte[]> tile = server.http().get("/iiif/3/" + STACK + ";2/0,0,32,32/32,/0/default.jpg");
        assertThat(tile.statusCode()).isEqualTo(200);
    }

    @Test
    void aPageTheStackLacksIsNotFound() {
        assertThat(server.http().get("/iiif/3/" + STACK + ";7/info.json").statusCode()).isEqualTo(404);
        assertThat(server.http().get("/iiif/3/" + STACK + ";7/full/max/0/default.jpg").statusCode()).isEqualTo(404);
    }
}
