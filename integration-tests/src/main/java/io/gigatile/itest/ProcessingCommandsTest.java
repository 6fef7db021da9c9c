/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * What the processing commands do beyond their pixels (ProcessingTest compares those with iipsrv): tiles that
 * join without seams under a convolution, stored tiles passed through again once no command asks for processing,
 * malformed arguments answered with 400, ICC accepted and ignored, and a watermark configured and removed while
 * the server runs.
 */
class ProcessingCommandsTest {
    private static final String IIP = "/fcgi-bin/iipsrv.fcgi?FIF=";
    private static final String RGB = "tif-rgb-lzw-500x350-tile128-pyramid.tif";
    private static final String JPEG_TILES = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    private static HttpResponse<byte[]> get(String query) {
        return server.http().get(IIP + query);
    }

    private static BufferedImage image(String query) {
        HttpResponse<byte[]> response = get(query);
        assertThat(response.statusCode()).as(query + ": " + Http.text(response)).isEqualTo(200);
        return Http.image(response);
    }

    /**
     * Sobel on one tile, whose first and last columns need the neighbours' pixels: the same as that part of the
     * whole image convolved at once (JPEG noise apart), where edge extension at the tile's border would differ.
     */
    @Test
    void convolvedTilesJoinWithoutSeams() {
        BufferedImage whole = image(RGB + "&CNV=sobel&CVT=png");
        BufferedImage tile = image(RGB + "&CNV=sobel&QLT=100&JTL=2,1");
        assertThat(tile.getWidth()).isEqualTo(128);
        for (int x : new int[] {0, 127}) {
            double column = 0;
            for (int y = 0; y < 128; y++) {
                column += Math.abs((tile.getRGB(x, y) >> 8 & 0xff) - (whole.getRGB(128 + x, y) >> 8 & 0xff));
            }
            assertThat(column / 128).as("column %d", x).isLessThan(4);
        }
    }

    /**
     * iipsrv runs the commands of its URL in order, so processing before {@code IIIF=} or {@code DeepZoom=} shapes
     * what those answer: the same pixels as IIP's own CVT and JTL with the same commands.
     */
    @Test
    void processingBeforeAnotherProtocolsKeyProcessesItsAnswer() {
        BufferedImage iiif = Http.image(server.http().get(
                "/fcgi-bin/iipsrv.fcgi?CNT=1.5&GAM=0.8&IIIF=" + RGB + "/full/250,/0/default.png"));
        BufferedImage cvt = image(RGB + "&WID=250&CNT=1.5&GAM=0.8&CVT=png");
        BufferedImage plain = Http.image(server.http().get("/iiif/3/" + RGB + "/full/250,/0/default.png"));
        assertThat(iiif.getWidth()).isEqualTo(cvt.getWidth());
        assertThat(Pixels.meanDifference(iiif, cvt, 0, 0)).isLessThan(0.5);
        assertThat(Pixels.meanDifference(iiif, plain, 0, 0)).as("processed, not plain").isGreaterThan(5);

        HttpResponse<byte[]> tile = server.http().get("/fcgi-bin/iipsrv.fcgi?INV&QLT=95&DeepZoom=" + RGB
                + "_files/9/1_1.jpg");
        assertThat(tile.statusCode()).as(Http.text(tile)).isEqualTo(200);
        BufferedImage jtl = image(RGB + "&INV&QLT=95&JTL=2,5");
        assertThat(Pixels.meanDifference(Http.image(tile), jtl, 0, 0)).isLessThan(1);
        assertThat(server.http().get("/fcgi-bin/iipsrv.fcgi?CNT=lots&IIIF=" + RGB + "/info.json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void storedTilesGoOutUntouchedAgainOnceNoCommandAsksForProcessing() {
        byte[] plain = get(JPEG_TILES + "&JTL=2,1").body();
        HttpResponse<byte[]> inverted = get(JPEG_TILES + "&INV&JTL=2,1");
        assertThat(inverted.statusCode()).isEqualTo(200);
        assertThat(inverted.body()).isNotEqualTo(plain);
        BufferedImage a = Http.image(get(JPEG_TILES + "&JTL=2,1"));
        BufferedImage b = Http.image(inverted);
        int rgbA = a.getRGB(10, 10);
        int rgbB = b.getRGB(10, 10);
        assertThat((rgbA & 0xff) + (rgbB & 0xff)).as("inverted").isBetween(245, 265);
        assertThat(get(JPEG_TILES + "&JTL=2,1").body()).isEqualTo(plain);
        assertThat(get(JPEG_TILES + "&CNT=1&GAM=1&ROT=0&JTL=2,1").body()).as("neutral values").isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNT=abc", "CTW=[1,2;3", "GAM=-1e309", "GAM=abc", "CNV=[1,x,1]", "SHD=a,b",
        "CTW=[a,b,c]", "CMP=HOT&CNT=1e99999"})
    void malformedArgumentsAreBadRequests(String command) {
        HttpResponse<byte[]> response = server.http().get(IIP + RGB + "&" + command.replace("[", "%5B")
                .replace("]", "%5D").replace(";", "%3B") + "&JTL=1,0");
        assertThat(response.statusCode()).as(command + ": " + Http.text(response)).isEqualTo(400);
        assertThat(Http.text(response)).doesNotContain("Exception").doesNotContain(server.root().toString());
    }

    @Test
    void iccIsAcceptedAndIgnored() {
        byte[] plain = get(RGB + "&JTL=1,0").body();
        assertThat(get(RGB + "&ICC=1&JTL=1,0").body()).isEqualTo(plain);
        assertThat(get(RGB + "&ICC=1&INV&JTL=1,0").body()).as("later commands still apply").isNotEqualTo(plain);
    }

    @Test
    void aWatermarkConfiguredWhileServingMarksEveryTileAndGoesAgain(@TempDir Path dir)
            throws IOException {
        byte[] plain = get(JPEG_TILES + "&JTL=2,1").body();
        BufferedImage mark = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                mark.setRGB(x, y, 0xffffffff);
            }
        }
        Path file = dir.resolve("mark.png");
        ImageIO.write(mark, "png", file.toFile());
        try {
            server.configure("io.gigatile.transform.watermark", Map.of("image", file.toString(),
                    "probability", 1.0, "opacity", 1.0));
            Await.until(server.context(), TestServer.TIMEOUT, "the engine's watermark", () -> engineWatermarks() == 1);
            // the DS runtime lists the service as bound a moment before the engine's bind method has run
            Await.until(server.context(), TestServer.TIMEOUT, "a marked tile",
                    () -> !Arrays.equals(get(JPEG_TILES + "&JTL=2,1").body(), plain));
            BufferedImage marked = Http.image(get(JPEG_TILES + "&JTL=2,1"));
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(plain));
            int whiter = 0;
            for (int y = 0; y < marked.getHeight(); y++) {
                for (int x = 0; x < marked.getWidth(); x++) {
                    if (white(marked.getRGB(x, y)) && !white(original.getRGB(x, y))) {
                        whiter++;
                    }
                }
            }
            // a white mark added to every band saturates 32 x 32 = 1024 pixels, less those already near white and
            // what JPEG blurs at its border
            assertThat(whiter).isBetween(600, 1100);
        } finally {
            server.unconfigure("io.gigatile.transform.watermark");
        }
        Await.until(server.context(), TestServer.TIMEOUT, "no watermark", () -> engineWatermarks() == 0);
        Await.until(server.context(), TestServer.TIMEOUT, "the stored tile again",
                () -> Arrays.equals(get(JPEG_TILES + "&JTL=2,1").body(), plain));
    }

    private static boolean white(int rgb) {
        return (rgb & 0xff) >= 250 && (rgb >> 8 & 0xff) >= 250 && (rgb >> 16 & 0xff) >= 250;
    }

    /** The watermarks the engine has bound, from the DS runtime: the service is registered before it is bound. */
    private static long engineWatermarks() {
        ServiceReference<ServiceComponentRuntime> ref = server.context()
                .getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = server.context().getService(ref);
        try {
            return scr.getComponentDescriptionDTOs().stream()
                    .filter(d -> d.name.equals("io.gigatile.engine.internal.Engine"))
                    .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                    .flatMap(c -> Arrays.stream(c.satisfiedReferences))
                    .filter(r -> r.name.equals("transform"))
                    .flatMap(r -> Arrays.stream(r.boundServices))
                    .filter(s -> "watermark".equals(s.properties.get("gigatile.transform"))).count();
        } finally {
            server.context().ungetService(ref);
        }
    }

    @Test
    void valueCommandsAnswerWithTheirOwnMediaTypes() {
        HttpResponse<byte[]> spectra = get("tif-grey16-deflate-256x192-tile64-pyramid.tif&SPECTRA=2,0,5,7");
        assertThat(spectra.statusCode()).isEqualTo(200);
        assertThat(spectra.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(Http.text(spectra)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<spectra>\n\t<point>");
        HttpResponse<byte[]> profile = get("tif-grey16-deflate-256x192-tile64-pyramid.tif&PFL=2:10,20-15,20");
        assertThat(profile.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Http.text(profile)).startsWith("{\n\t\"profile\": [").endsWith("]\n}");
        HttpResponse<byte[]> tiles = get(RGB + "&TIL=1,0-3");
        assertThat(tiles.headers().firstValue("Content-Type")).hasValue("application/vnd.netfpx");
        assertThat(new String(tiles.body(), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("Tile,1,0,");
    }
}
