/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IIIF_EXTENSIONS (iipsrv): the IIIF qualities negative, stretch, equalization and log are, pixel for pixel, what
 * IIP's INV, CNT=st, CNT=eq and GAM=log make of the same image; info.json lists them; off, they are malformed.
 */
class IiifExtraQualitiesTest {
    private static final String IMAGE = "tif-rgb-lzw-500x350-tile128-pyramid.tif";
    private static final Map<String, String> AS_IIP = Map.of("negative", "INV", "stretch", "CNT=st",
            "equalization", "CNT=eq", "log", "GAM=log");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.protocol.iiif", Map.of("extensions", true));
        Await.until(server.context(), TestServer.TIMEOUT, "the extra qualities to be taken",
                () -> server.http().get("/iiif/3/" + IMAGE + "/full/max/0/negative.png").statusCode() == 200);
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.protocol.iiif", Map.of("extensions", false));
    }

    @Test
    void eachQualityIsWhatIipMakesOfTheImage() {
        BufferedImage plain = Http.image(server.http().get("/iiif/3/" + IMAGE + "/full/max/0/default.png"));
        AS_IIP.forEach((quality, command) -> {
            BufferedImage iiif = Http.image(server.http().get("/iiif/3/" + IMAGE + "/full/max/0/" + quality
                    + ".png"));
            BufferedImage iip = Http.image(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + IMAGE + "&" + command
                    + "&WID=500&CVT=png"));
            assertThat(Pixels.meanDifference(iiif, iip, 0, 0)).as(quality).isZero();
            assertThat(Pixels.meanDifference(iiif, plain, 0, 0)).as(quality + " against default").isGreaterThan(1);
        });
    }

    @Test
    void infoJsonListsThem() {
        assertThat(Http.text(server.http().get("/iiif/3/" + IMAGE + "/info.json")))
                .contains("\"negative\", \"stretch\", \"equalization\", \"log\"");
        assertThat(Http.text(server.http().get("/iiif/2/" + IMAGE + "/info.json")))
                .contains("\"negative\", \"stretch\", \"equalization\", \"log\"");
    }

    @Test
    void aRegionAtATileSizeInAnExtraQualityIsNotThePlainTile() {
        String tile = "/0,0,128,128/128,/0/";
        BufferedImage negative = Http.image(server.http().get("/iiif/3/" + IMAGE + tile + "negative.png"));
        BufferedImage plain = Http.image(server.http().get("/iiif/3/" + IMAGE + tile + "default.png"));
        assertThat(Pixels.meanDifference(negative, plain, 0, 0)).isGreaterThan(1);
    }
}
