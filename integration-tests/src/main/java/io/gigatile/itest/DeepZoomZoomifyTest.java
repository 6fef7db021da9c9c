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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DeepZoom and Zoomify over HTTP, by their clean URLs and by iipsrv's {@code ?DeepZoom=} and {@code ?Zoomify=}:
 * the XML as iipsrv writes it, and every tile of every level, decoded, sized as OpenSeadragon expects and
 * compared with the image the fixture was made from; CORS on the XML, the tiles and the errors.
 */
class DeepZoomZoomifyTest {
    static final String FIXTURE = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static final String LEGACY = "/fcgi-bin/iipsrv.fcgi";
    static final int WIDTH = 1000;
    static final int HEIGHT = 700;
    static final int TILE = 256;
    /** ceil(log2(1000)): DeepZoom's level of the full resolution. */
    static final int MAX_LEVEL = 10;
    /** 1000x700 halves to 500x350 and 250x175, which fits one tile. */
    static final int TIERS = 3;
    /*
     * JPEG keeps luma at full resolution but averages colour over 2x2 pixels, which on tiles of a few pixels of
     * this colourful source costs up to 30 per sample in RGB while luma stays within 3 and the mean colour within
     * 7. A misplaced or mis-scaled tile costs 30 and more in luma; swapped channels shift the mean colour by as
     * much. Tiles of stored levels are also held to IipTilesTest's RGB tolerance.
     */
    static final double LUMA_TOLERANCE = 5.0;
    static final double COLOUR_TOLERANCE = 10.0;
    static final double RGB_TOLERANCE = 8.0;

    static TestServer server;
    static BufferedImage source;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.http", Map.of("cors", "*"));
        Await.until(server.context(), TestServer.TIMEOUT, "DeepZoom and Zoomify answering with CORS",
                () -> hasCors(server.http().get("/deepzoom/" + FIXTURE + ".dzi"))
                        && hasCors(server.http().get("/zoomify/" + FIXTURE + "/ImageProperties.xml")));
        source = Pixels.read(server.root().resolve("ref-rgb-1000x700.png"));
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.http", Map.of("cors", "*"));
    }

    private static boolean hasCors(HttpResponse<byte[]> response) {
        return response.statusCode() == 200
                && response.headers().firstValue("Access-Control-Allow-Origin").filter("*"::equals).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deepzoom/", LEGACY + "?DeepZoom="})
    void theDziIsIipsrvs(String prefix) {
        HttpResponse<byte[]> response = server.http().get(prefix + FIXTURE + ".dzi");
        assertXml(response, "<Image xmlns=\"http://schemas.microsoft.com/deepzoom/2008\" TileSize=\"256\" "
                + "Overlap=\"0\" Format=\"jpg\"><Size Width=\"1000\" Height=\"700\"/></Image>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/zoomify/", LEGACY + "?Zoomify="})
    void theImagePropertiesAreIipsrvs(String prefix) {
        HttpResponse<byte[]> response = server.http().get(prefix + FIXTURE + "/ImageProperties.xml");
        assertXml(response, "<IMAGE_PROPERTIES WIDTH=\"1000\" HEIGHT=\"700\" NUMTILES=\"17\" NUMIMAGES=\"1\" "
                + "VERSION=\"1.8\" TILESIZE=\"256\" />");
    }

    private static void assertXml(HttpResponse<byte[]> response, String expected) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(Http.text(response)).isEqualTo(expected);
    }

    /** Levels 10 to 8 are the stored levels' own tiles; 7 down to 0 (125x88 to 1x1) are scaled by the server. */
    @ParameterizedTest
    @ValueSource(strings = {"/deepzoom/", LEGACY + "?DeepZoom="})
    void everyDeepZoomTileOfEveryLevelIsTheSourceAtThatLevel(String prefix) {
        for (int level = 0; level <= MAX_LEVEL; level++) {
            int shift = MAX_LEVEL - level;
            int width = (WIDTH + (1 << shift) - 1) >> shift;
            int height = (HEIGHT + (1 << shift) - 1) >> shift;
            BufferedImage expected = LevelReference.scaled(source, width, height);
            for (int row = 0; row * TILE < height; row++) {
                for (int column = 0; column * TILE < width; column++) {
                    checkTile(prefix + FIXTURE + "_files/" + level + "/" + column + "_" + row + ".jpg", expected,
                            column, row, shift < 3);
                }
            }
        }
    }

    /** Tiers are the stored 250x175, 500x350 and 1000x700; tiles are counted from the smallest, 256 to a group. */
    @ParameterizedTest
    @ValueSource(strings = {"/zoomify/", LEGACY + "?Zoomify="})
    void everyZoomifyTileOfEveryTierIsTheSourceAtThatTier(String prefix) {
        int numbered = 0;
        for (int tier = 0; tier < TIERS; tier++) {
            int shift = TIERS - 1 - tier;
            int width = WIDTH >> shift;
            int height = HEIGHT >> shift;
            BufferedImage expected = LevelReference.scaled(source, width, height);
            for (int row = 0; row * TILE < height; row++) {
                for (int column = 0; column * TILE < width; column++) {
                    checkTile(prefix + FIXTURE + "/TileGroup" + numbered / 256 + "/" + tier + "-" + column + "-" + row
                            + ".jpg", expected, column, row, true);
                    numbered++;
                }
            }
        }
        assertThat(numbered).isEqualTo(17);
    }

    private static void checkTile(String url, BufferedImage level, int column, int row, boolean stored) {
        HttpResponse<byte[]> response = server.http().get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(url).hasValue("*");
        assertThat(response.headers().firstValue("Last-Modified")).as(url).isPresent();
        BufferedImage image = Http.image(response);
        int x = column * TILE;
        int y = row * TILE;
        assertThat(image.getWidth()).as(url).isEqualTo(Math.min(TILE, level.getWidth() - x));
        assertThat(image.getHeight()).as(url).isEqualTo(Math.min(TILE, level.getHeight() - y));
        assertThat(LevelReference.lumaDifference(image, level, x, y)).as("%s luma difference", url)
                .isLessThan(LUMA_TOLERANCE);
        assertThat(LevelReference.colourBias(image, level, x, y)).as("%s colour bias", url)
                .isLessThan(COLOUR_TOLERANCE);
        if (stored) {
            assertThat(Pixels.meanDifference(image, level, x, y)).as("%s mean difference", url)
                    .isLessThan(RGB_TOLERANCE);
        }
    }

    @Test
    void storedTilesAreTheSameBytesAsIipsJtl() {
        byte[] jtl = server.http().get(LEGACY + "?FIF=" + FIXTURE + "&JTL=2,5").body();
        assertThat(server.http().get("/deepzoom/" + FIXTURE + "_files/10/1_1.jpg").body()).isEqualTo(jtl);
        assertThat(server.http().get("/zoomify/" + FIXTURE + "/TileGroup0/2-1-1.jpg").body()).isEqualTo(jtl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deepzoom/" + FIXTURE + "_files/11/0_0.jpg",
        "/deepzoom/" + FIXTURE + "_files/10/4_0.jpg", "/deepzoom/" + FIXTURE + "_files/0/0_1.jpg",
        "/deepzoom/" + FIXTURE, "/deepzoom/" + FIXTURE + "_files/9/0-0.jpg",
        "/zoomify/" + FIXTURE + "/TileGroup0/3-0-0.jpg", "/zoomify/" + FIXTURE + "/TileGroup0/2-0-3.jpg",
        "/zoomify/" + FIXTURE + "/TileGroup1/0-0-0.jpg", "/zoomify/" + FIXTURE,
        LEGACY + "?DeepZoom=" + FIXTURE + "_files/8/1_0.jpg", LEGACY + "?Zoomify=" + FIXTURE + "/TileGroup0/0-1-0.jpg"})
    void badLevelsTilesAndPathsAre400(String url) {
        assertError(url, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deepzoom/missing.tif.dzi", "/deepzoom/missing.tif_files/0/0_0.jpg",
        "/zoomify/missing.tif/ImageProperties.xml", "/zoomify/missing.tif/TileGroup0/0-0-0.jpg",
        LEGACY + "?DeepZoom=missing.tif.dzi", LEGACY + "?Zoomify=missing.tif/ImageProperties.xml"})
    void unknownImagesAre404(String url) {
        assertError(url, 404);
    }

    private static void assertError(String url, int status) {
        HttpResponse<byte[]> response = server.http().get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(status);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(url).hasValue("*");
    }
}
