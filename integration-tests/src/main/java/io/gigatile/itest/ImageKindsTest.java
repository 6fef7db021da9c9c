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
 * Every kind of TIFF the decoder reads, through the whole server: the image at its full size as lossless PNG,
 * compared with the crop of the source the fixture was made from. 16-bit and 32-bit images pass the normalise
 * transform, WebP tiles the TwelveMonkeys reader (whose bundle needs a service loader registrar, ours), Zstd tiles the embedded decompressor.
 */
class ImageKindsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    private static BufferedImage png(String fixture) {
        HttpResponse<byte[]> response = server.http().get("/iiif/3/" + fixture + "/full/max/0/default.png");
        assertThat(response.statusCode()).as(fixture + ": " + Http.text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        return Http.image(response);
    }

    @ParameterizedTest
    @CsvSource({
        "tif-rgb16-lzw-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 1.0",
        "tif-rgb16-lzw-bigendian-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 1.0",
        "tif-rgb-planar-deflate-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 0.5",
        "tif-rgb-zstd-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 0.5",
        "tif-rgb-webp-q90-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 4.0",
        "tif-rgb-jpeg-q85-icc-256x192-tile64-pyramid.tif, ref-rgb-1000x700.png, 5.0",
        "tif-rgb-lzw-strips-300x200.tif, ref-rgb-1000x700.png, 0.5",
        "tif-rgb-none-onestrip-300x200.tif, ref-rgb-1000x700.png, 0.5",
        "tif-rgb-deflate-500x350-tile64.tif, ref-rgb-1000x700.png, 0.5",
        "tif-palette-lzw-256x192-tile64.tif, ref-palette-256x192.png, 0.5",
        "tif-grey16-deflate-256x192-tile64-pyramid.tif, ref-grey-1000x700.png, 1.0",
        "tif-grey-packbits-strips-600x400.tif, ref-grey-1000x700.png, 0.5",
    })
    void matchesItsSource(String fixture, String reference, double tolerance) {
        BufferedImage image = png(fixture);
        BufferedImage source = Pixels.read(server.root().resolve(reference));
        String size = fixture.replaceAll(".*-(\\d+)x(\\d+)-.*|.*-(\\d+)x(\\d+)\\.tif", "$1$3x$2$4");
        assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(size);
        assertThat(Pixels.meanDifference(image, source, 0, 0)).as(fixture).isLessThan(tolerance);
    }

    /** Formats whose values are not the source's: each must still come out as a real picture, not a flat one. */
    @ParameterizedTest
    @CsvSource({
        "tif-grey1-packbits-256x192-tile64.tif", "tif-grey2-deflate-256x192-tile64.tif",
        "tif-grey4-lzw-256x192-tile64.tif", "tif-grey16signed-deflate-256x192-tile64-pyramid.tif",
        "tif-grey32uint-deflate-256x192-tile64.tif", "tif-grey32int-deflate-256x192-tile64.tif",
        "tif-float-deflate-predictor3-256x192-tile64-pyramid.tif", "tif-float-none-sminsmax-256x192-tile64.tif",
        "tif-cielab8-none-96x64-tile32-pyramid.tif", "tif-cielab16-deflate-96x64-tile32-pyramid.tif",
        "tif-cielabfloat-deflate-96x64-tile32-pyramid.tif", "tif-multiband5-deflate-256x192-tile64-pyramid.tif",
        "tif-rgba-deflate-256x192-tile64-pyramid.tif", "tif-rgba-webp-lossless-256x192-tile64.tif",
        "tif-rgb-lzw-stack3-128x96-tile32.tif",
    })
    void rendersAsARealPicture(String fixture) {
        BufferedImage image = png(fixture);
        assertThat(spread(image)).as(fixture + " is not flat").isGreaterThan(20);
    }

    /** The CIELAB fixtures were made from the RGB source: after lab2srgb they must look like it. */
    @ParameterizedTest
    @CsvSource({"tif-cielab8-none-96x64-tile32-pyramid.tif", "tif-cielab16-deflate-96x64-tile32-pyramid.tif",
        "tif-cielabfloat-deflate-96x64-tile32-pyramid.tif"})
    void cielabComesOutAsSrgb(String fixture) {
        BufferedImage image = png(fixture);
        assertThat(Pixels.meanDifference(image, Pixels.read(server.root().resolve("ref-rgb-1000x700.png")), 0, 0))
                .as(fixture).isLessThan(4.0);
    }

    /** The largest minus the smallest green value: a flat (all black or all white) render has none. */
    private static int spread(BufferedImage image) {
        int min = 255;
        int max = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int g = (image.getRGB(x, y) >> 8) & 0xff;
                min = Math.min(min, g);
                max = Math.max(max, g);
            }
        }
        return max - min;
    }
}
