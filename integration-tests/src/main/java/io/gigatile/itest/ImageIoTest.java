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
 * The ImageIO decoder in the framework: TwelveMonkeys' readers as the services SPI Fly publishes (a CMYK JPEG
 * needs TwelveMonkeys', the JDK's reader refuses it), the JDK's own readers, and short errors for broken files.
 */
class ImageIoTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @ParameterizedTest
    @CsvSource({
        "jpg-cmyk-q95-300x200.jpg, ref-jpg-cmyk-q95-300x200.png, 3",
        "jpg-rgb-q90-700x500.jpg, ref-jpg-rgb-q90-700x500.png, 1",
        "webp-rgb-lossless-300x200.webp, ref-rgb-300x200.png, 0.01",
        "gif-palette-300x200.gif, gif-palette-300x200.gif, 0.01",
        "bmp-rgb-300x200.bmp, bmp-rgb-300x200.bmp, 0.01"})
    void imagesOfEveryReaderAreServedWithTheirPixels(String image, String reference, double meanDifference) {
        HttpResponse<byte[]> response = server.http().get("/iiif/3/imageio/" + image + "/full/max/0/default.png");
        assertThat(response.statusCode()).as(image + ": " + Http.text(response)).isEqualTo(200);
        BufferedImage served = Http.image(response);
        BufferedImage expected = Pixels.read(server.root().resolve("imageio/" + reference));

        assertThat(served.getWidth()).isEqualTo(expected.getWidth());
        assertThat(Pixels.meanDifference(served, expected, 0, 0)).as(image).isLessThanOrEqualTo(meanDifference);
    }

    @ParameterizedTest
    @CsvSource({
        "jpg-rgb-truncated-700x500.jpg, 500, the JPEG image is corrupt or truncated",
        "png-lying-100000x100000.png, 400, maxImageMegapixels",
        "jpg-garbage.jpg, 500, corrupt"})
    void brokenFilesGiveShortErrors(String image, int status, String message) {
        HttpResponse<byte[]> response = server.http().get("/iiif/3/imageio/" + image + "/full/max/0/default.jpg");

        assertThat(response.statusCode()).as(image).isEqualTo(status);
        assertThat(Http.text(response)).contains(message).doesNotContain("/tmp").doesNotContain("Exception")
                .hasSizeLessThan(200);
    }
}
