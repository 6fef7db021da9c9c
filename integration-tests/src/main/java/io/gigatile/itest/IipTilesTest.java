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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.test.common.annotation.InjectService;

/** Every JTL tile of every resolution, over HTTP, decoded and compared with the image the fixture was made from. */
class IipTilesTest {
    static TestServer server;

    @InjectService(timeout = 30_000)
    ImageService images;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    /*
     * The reference is a colour checkerboard: sharp edges cost a JPEG at quality 75 (the default for tiles that
     * are re-encoded) a mean error of about 6 per sample, exactly what libjpeg itself gives; a misplaced or
     * mis-scaled tile costs 30 and more.
     */
    @ParameterizedTest
    @CsvSource({
        "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif, ref-rgb-1000x700.png, 8.0",
        "tif-rgb-jpeg-q75-ycbcr-1000x700-tile256-pyramid.tif, ref-rgb-1000x700.png, 8.0",
        "tif-rgb-deflate-1000x700-tile256-pyramid.tif, ref-rgb-1000x700.png, 7.0",
        "tif-rgb-lzw-500x350-tile128-pyramid.tif, , 0",
        "tif-rgb-none-180x120-tile64-pyramid.tif, , 0",
        "tif-grey-deflate-1000x700-tile256-pyramid.tif, ref-grey-1000x700.png, 3.0",
        "tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif, ref-grey-1000x700.png, 5.0",
    })
    void everyTileOfEveryResolutionIsACorrectJpeg(String fixture, String reference, double tolerance) {
        ImageInfo info = images.image(fixture).info();
        BufferedImage source = reference == null ? null : Pixels.read(server.root().resolve(reference));
        int resolutions = info.levels().size();
        for (int r = 0; r < resolutions; r++) {
            int levelIndex = resolutions - 1 - r;
            Level level = info.levels().get(levelIndex);
            BufferedImage expectedLevel = source == null ? null
                    : Pixels.shrink(source, 1 << levelIndex, level.width(), level.height());
            for (int ty = 0; ty < level.tilesDown(); ty++) {
                for (int tx = 0; tx < level.tilesAcross(); tx++) {
                    int tile = ty * level.tilesAcross() + tx;
                    HttpResponse<byte[]> response = server.http()
                            .get("/fcgi-bin/iipsrv.fcgi?FIF=" + fixture + "&JTL=" + r + "," + tile);
                    assertThat(response.statusCode()).as("%s r%d t%d", fixture, r, tile).isEqualTo(200);
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
                    BufferedImage image = Http.image(response);
                    int x = tx * level.tileWidth();
                    int y = ty * level.tileHeight();
                    assertThat(image.getWidth()).isEqualTo(Math.min(level.tileWidth(), level.width() - x));
                    assertThat(image.getHeight()).isEqualTo(Math.min(level.tileHeight(), level.height() - y));
                    if (expectedLevel != null) {
                        assertThat(Pixels.meanDifference(image, expectedLevel, x, y))
                                .as("%s r%d t%d mean difference", fixture, r, tile).isLessThan(tolerance);
                    }
                }
            }
        }
    }

    /** PTL and TTL are JTL in PNG and TIFF: lossless, so equal to each other and to the stored pixels. */
    @Test
    void ptlAndTtlAreTheTileLosslessly() {
        String fixture = "tif-rgb-lzw-500x350-tile128-pyramid.tif";
        HttpResponse<byte[]> png = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + fixture + "&PTL=2,5");
        HttpResponse<byte[]> tiff = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + fixture + "&TTL=2,5");
        HttpResponse<byte[]> jpeg = server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + fixture + "&JTL=2,5");

        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(tiff.headers().firstValue("Content-Type")).hasValue("image/tiff");
        BufferedImage fromPng = Http.image(png);
        assertThat(fromPng.getWidth()).isEqualTo(128);
        assertThat(Pixels.meanDifference(Http.image(tiff), fromPng, 0, 0)).isZero();
        assertThat(Pixels.meanDifference(Http.image(jpeg), fromPng, 0, 0)).isLessThan(4.0);
    }
}
