/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageService;
import io.gigatile.api.Level;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.test.common.annotation.InjectService;

/**
 * The IIIF Image API over real HTTP: info.json, every tile of every level in the form viewers ask for it
 * (served as the very bytes of the native tile), regions, sizes, rotation, mirroring, grey, redirects, errors
 * and CORS, compared with the image the fixture was made from.
 */
class IiifTest {
    static final String FIXTURE = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static final String GRID = "iiif-test-grid-1000x1000.tif";
    static final String V3 = "/iiif/3/" + FIXTURE;
    static TestServer server;
    static BufferedImage source;

    @InjectService(timeout = 30_000)
    ImageService images;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        source = Pixels.read(server.root().resolve("ref-rgb-1000x700.png"));
        server.configure("io.gigatile.http", Map.of("cors", "*"));
        Await.until(server.context(), TestServer.TIMEOUT, "the IIIF protocol with CORS", () -> {
            HttpResponse<byte[]> r = server.http().get(V3 + "/info.json");
            return r.statusCode() == 200 && r.headers().firstValue("Access-Control-Allow-Origin").isPresent();
        });
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.http", Map.of("cors", "*"));
    }

    private static HttpResponse<byte[]> get(String path, int status) {
        HttpResponse<byte[]> response = server.http().get(path);
        assertThat(response.statusCode()).as(path + ": " + Http.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        return response;
    }

    @Test
    void infoJsonOfVersion3() {
        HttpResponse<byte[]> response = get(V3 + "/info.json", 200);
        String json = Http.text(response);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Link")).hasValue(
                "<http://iiif.io/api/image/3/level2.json>;rel=\"profile\"");
        assertThat(json).contains("\"@context\": \"http://iiif.io/api/image/3/context.json\"",
                "\"id\": \"" + server.http().base() + V3 + "\"", "\"type\": \"ImageService3\"",
                "\"profile\": \"level2\"", "\"width\": 1000", "\"height\": 700",
                "\"sizes\": [{\"width\": 250, \"height\": 175}, {\"width\": 500, \"height\": 350}, "
                        + "{\"width\": 1000, \"height\": 700}]",
                "\"tiles\": [{\"width\": 256, \"height\": 256, \"scaleFactors\": [1, 2, 4]}]",
                "\"extraFeatures\": [", "\"mirroring\"", "\"rotationArbitrary\"", "\"maxWidth\": ");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void infoJsonOfVersion2AndJsonLd() {
        String json = Http.text(get("/iiif/2/" + FIXTURE + "/info.json", 200));
        assertThat(json).contains("\"@id\": \"" + server.http().base() + "/iiif/2/" + FIXTURE + "\"",
                "\"http://iiif.io/api/image/2/level2.json\"", "\"supports\": [");
        HttpResponse<byte[]> ld = server.http().get(V3 + "/info.json", "Accept", "application/ld+json");
        assertThat(ld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/ld+json").contains("http://iiif.io/api/image/3/context.json"));
    }

    @Test
    void iipsrvsQueryFormAnswersToo() {
        String json = Http.text(get("/fcgi-bin/iipsrv.fcgi?IIIF=" + FIXTURE + "/info.json", 200));
        assertThat(json).contains("\"id\": \"" + server.http().base() + "/fcgi-bin/iipsrv.fcgi?IIIF=" + FIXTURE);
        BufferedImage image = Http.image(get("/fcgi-bin/iipsrv.fcgi?IIIF=" + FIXTURE
                + "/full/250,/0/default.jpg?cache=1", 200));
        assertThat(image.getWidth()).isEqualTo(250);
        assertThat(image.getHeight()).isEqualTo(175);
    }

    @Test
    void everyTileOfEveryLevelInTheViewersFormIsTheNativeTile() {
        ImageInfo info = images.image(FIXTURE).info();
        int resolutions = info.levels().size();
        for (int k = 0; k < resolutions; k++) {
            Level level = info.levels().get(k);
            int scale = 1 << k;
            BufferedImage expected = Pixels.shrink(source, scale, level.width(), level.height());
            for (int ty = 0; ty < level.tilesDown(); ty++) {
                for (int tx = 0; tx < level.tilesAcross(); tx++) {
                    int x = tx * level.tileWidth();
                    int y = ty * level.tileHeight();
                    int w = Math.min(level.tileWidth(), level.width() - x);
                    int h = Math.min(level.tileHeight(), level.height() - y);
                    int rx = x * scale;
                    int ry = y * scale;
                    String region = Math.min(level.tileWidth() * scale, 1000 - rx) + ","
                            + Math.min(level.tileHeight() * scale, 700 - ry);
                    String path = V3 + "/" + rx + "," + ry + "," + region + "/" + w + "," + h + "/0/default.jpg";
                    HttpResponse<byte[]> response = get(path, 200);
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
                    BufferedImage image = Http.image(response);
                    assertThat(image.getWidth()).as(path).isEqualTo(w);
                    assertThat(image.getHeight()).as(path).isEqualTo(h);
                    assertThat(Pixels.meanDifference(image, expected, x, y)).as(path).isLessThan(8.0);
                    int tile = ty * level.tilesAcross() + tx;
                    byte[] jtl = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + FIXTURE + "&JTL="
                            + (resolutions - 1 - k) + "," + tile).body();
                    assertThat(response.body()).as("%s is the tile JTL sends", path).isEqualTo(jtl);
                }
            }
        }
    }

    @Test
    void regionSizeRotationAndMirroring() {
        HttpResponse<byte[]> response = get(V3 + "/100,100,400,200/200,/!90/default.jpg", 200);
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l)
                .contains(";rel=\"canonical\"").contains(V3 + "/100,100,400,200/200,100/!90/default.jpg"));
        BufferedImage image = Http.image(response);
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(200);
        BufferedImage region = Pixels.shrink(source.getSubimage(100, 100, 400, 200), 2, 200, 100);
        BufferedImage expected = new BufferedImage(100, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 100; x++) {
                // mirrored, then turned clockwise: output (x, y) shows region (199 - y, 99 - x)
                expected.setRGB(x, y, region.getRGB(199 - y, 99 - x));
            }
        }
        assertThat(Pixels.meanDifference(image, expected, 0, 0)).isLessThan(10.0);
    }

    @Test
    void grayQuality() {
        BufferedImage image = Http.image(get(V3 + "/full/200,/0/gray.jpg", 200));
        assertThat(image.getWidth()).isEqualTo(200);
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                assertThat(Math.max(Math.abs(r - g), Math.abs(g - b))).as("pixel %d,%d", x, y).isLessThan(3);
            }
        }
    }

    @Test
    void aSquareOfTheValidatorsGridIsOneColour() {
        BufferedImage whole = Http.image(get("/iiif/3/" + GRID + "/full/max/0/default.jpg", 200));
        BufferedImage square = Http.image(get("/iiif/3/" + GRID + "/100,100,100,100/max/0/default.jpg", 200));
        assertThat(square.getWidth()).isEqualTo(100);
        assertThat(square.getHeight()).isEqualTo(100);
        int expected = whole.getRGB(150, 150);
        for (int y = 5; y < 95; y++) {
            for (int x = 5; x < 95; x++) {
                int rgb = square.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertThat(Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)))
                            .as("pixel %d,%d", x, y).isLessThan(12);
                }
            }
        }
    }

    @Test
    void theBaseUriRedirectsToInfoJson() {
        HttpResponse<byte[]> response = get(V3, 303);
        assertThat(response.headers().firstValue("Location")).hasValue(server.http().base() + V3 + "/info.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere/max/0/default.jpg", "/1000,0,10,10/max/0/default.jpg",
        "/full/1001,/0/default.jpg", "/full/max/400/default.jpg", "/full/max/0/sepia.jpg", "/full/full/0/default.jpg",
        "/full/0,/0/default.jpg"})
    void badRequestsAre400(String params) {
        assertThat(Http.text(get(V3 + params, 400))).doesNotContain("Exception").doesNotContain("/tmp");
    }

    @Test
    void unknownImagesAre404AndFormatsWithoutEncoders501AndNamesOfNoFormat400() {
        get("/iiif/3/missing.tif/info.json", 404);
        get("/iiif/3/missing.tif/full/max/0/default.jpg", 404);
        get(V3 + "/full/max/0/default.pdf", 501);
        HttpResponse<byte[]> tiff = get(V3 + "/full/120,/0/default.tif", 200);
        assertThat(tiff.headers().firstValue("Content-Type")).hasValue("image/tiff");
        assertThat(Http.image(tiff).getWidth()).isEqualTo(120);
        HttpResponse<byte[]> gif = get(V3 + "/full/90,/0/default.gif", 200);
        assertThat(gif.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(Http.image(gif).getWidth()).isEqualTo(90);
        HttpResponse<byte[]> avif = get(V3 + "/full/80,/0/default.avif", 200);
        assertThat(avif.headers().firstValue("Content-Type")).hasValue("image/avif");
        assertThat(Pixels.viaVips(avif.body(), "avif").getWidth()).isEqualTo(80);
        assertThat(Http.text(get(V3 + "/info.json", 200)))
                .contains("\"extraFormats\": [\"tif\", \"webp\", \"gif\", \"avif\"]");
        get("/iiif/2/" + FIXTURE + "/full/full/0/default.jp2", 501);
        get(V3 + "/full/max/0/default.exe", 400);
        get(V3 + "/full/max/0/default.LoD", 400);
        get("/iiif/2/" + FIXTURE + "/full/full/0/default.jpeg", 400);
    }
}
