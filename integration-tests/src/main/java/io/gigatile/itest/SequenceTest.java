/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.ViewAngles;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.test.common.annotation.InjectService;

/**
 * An image sequence (iipsrv's FILENAME_PATTERN files, fixtures-sequence/make-fixtures.sh): each view is a pyramid
 * of one colour, red = 40 + horizontal angle / 2, green = 2 x vertical angle, blue = 128, so every answer shows
 * which file it came from. Views 0, 120 and 240 at 90 degrees, 0 and 120 at 45.
 */
class SequenceTest {
    static final String ID = "sequence-rgb-deflate-160x120-tile64";
    static final String IIP = "/fcgi-bin/iipsrv.fcgi?FIF=" + ID;
    static TestServer server;

    @InjectService(timeout = 30_000)
    ImageService images;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    private static void assertView(String query, int horizontal, int vertical) {
        HttpResponse<byte[]> response = server.http().get(IIP + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        BufferedImage image = Http.image(response);
        int rgb = image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
        int[] actual = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        int[] expected = {40 + horizontal / 2, 2 * vertical, 128};
        for (int band = 0; band < 3; band++) {
            // JPEG keeps a flat colour to within a step or two
            assertThat(actual[band]).as("%s band %d", query, band).isCloseTo(expected[band], within(3));
        }
    }

    @Test
    void theEngineSeesTheStoresAngles() {
        ImageInfo info = images.image(ID).info();
        assertThat(info.angles()).isEqualTo(new ViewAngles(List.of(0, 120, 240), List.of(45, 90)));
        assertThat(info.width()).isEqualTo(160);
    }

    @Test
    void objListsTheAngles() {
        HttpResponse<byte[]> response = server.http().get(IIP + "&OBJ=Horizontal-views&OBJ=Vertical-views"
                + "&OBJ=Max-size");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.text(response)).isEqualTo("\r\nHorizontal-views:0 120 240\r\nVertical-views:45 90\r\n"
                + "Max-size:160 120\r\n");
    }

    @Test
    void withoutSdsTheViewIsHorizontalZeroVerticalNinety() {
        assertView("&JTL=0,0", 0, 90);
        assertView("&WID=40&CVT=jpeg", 0, 90);
    }

    @Test
    void sdsAndJtlsChooseTheViewByItsAngles() {
        assertView("&SDS=120,45&JTL=1,0", 120, 45);
        assertView("&SDS=240,90&CVT=jpeg", 240, 90);
        assertView("&JTLS=120,0,0,90", 120, 90);
        assertView("&SDS=0,45&JTL=0,0", 0, 45);
    }

    @Test
    void anglesWithoutAFileAreNotFoundAsInIipsrv() {
        for (String query : new String[] {"&SDS=240,45&JTL=0,0", "&SDS=60,90&JTL=0,0", "&SDS=120&JTL=0,0",
            "&JTLS=0,0,0,30"}) {
            assertThat(server.http().get(IIP + query).statusCode()).as(query).isEqualTo(404);
        }
    }
}
