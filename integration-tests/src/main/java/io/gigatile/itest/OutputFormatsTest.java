/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every output format from sources of 8 and 16 bits, grey and colour, through the whole server: the IIIF image at
 * full size decoded by a reader other than the encoder (the JDK's, or vips for WebP and AVIF) and compared with
 * the source the fixture was made from. Encoders are handed 8-bit pixels, as iipsrv's are (its CVT scales every
 * export to 8 bits), so a 16-bit source must come out as its 8-bit picture in every format.
 */
class OutputFormatsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        // format, fixture, reference, how far it may stray (see allowed)
        "png, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, LOSSLESS",
        "png, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, LOSSLESS",
        "png, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, LOSSLESS",
        "png, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, LOSSLESS",
        "tif, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, LOSSLESS",
        "tif, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, LOSSLESS",
        "tif, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, LOSSLESS",
        "tif, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, LOSSLESS",
        "jpg, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, JPG_RGB",
        "jpg, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, JPG_RGB",
        "jpg, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, JPG_GREY",
        "jpg, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, JPG_GREY",
        "gif, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, GIF_RGB",
        "gif, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, GIF_RGB",
        "gif, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, LOSSLESS",
        "gif, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, LOSSLESS",
        "webp, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, WEBP",
        "webp, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, WEBP",
        "webp, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, WEBP",
        "webp, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, WEBP",
        "avif, tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, AVIF",
        "avif, tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, AVIF",
        "avif, tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, AVIF",
        "avif, tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, AVIF",
    })
    void comesBackAsItsSource(String format, String fixture, String reference, String tolerance) {
        HttpResponse<byte[]> response = server.http().get("/iiif/3/" + fixture + "/full/max/0/default." + format);
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        BufferedImage image = format.equals("webp") || format.equals("avif") ? Pixels.viaVips(response.body(), format)
                : Http.image(response);
        BufferedImage source = Pixels.read(server.root().resolve(reference));
        String size = fixture.replaceAll(".*-(\\d+)x(\\d+)[-.].*", "$1x$2");
        assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(size);
        assertThat(Pixels.meanSampleDifference(image, source)).as("%s from %s", format, fixture)
                .isLessThan(allowed(tolerance));
    }

    /**
     * What each format may stray at its default quality: lossless ones not at all (16-bit sources included, whose
     * 8-bit reduction rounds as the reference's did); lossy ones about 1.5 times what they strayed on these
     * fixtures when this test was written (JPEG 2.07 colour, 0.70 grey; GIF 1.14 colour; WebP 2.12; AVIF 2.10).
     */
    private static double allowed(String tolerance) {
        return switch (tolerance) {
            case "LOSSLESS" -> 0.01;
            case "JPG_RGB" -> 3.0;
            case "JPG_GREY" -> 1.1;
            case "GIF_RGB" -> 1.7;
            case "WEBP", "AVIF" -> 3.2;
            default -> throw new IllegalArgumentException(tolerance);
        };
    }
}
