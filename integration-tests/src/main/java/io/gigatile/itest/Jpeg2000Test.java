/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ImageDecoder;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * JPEG 2000 through the whole server, from the fixtures opj_compress made (bundles/jp2.codestream): both
 * decoders are deployed, the native one (OpenJPEG) ranks first; stopping it while the server runs hands the same
 * requests to the pure Java one, with the same pixels where both decode every layer (the fixtures' last layer is
 * lossless).
 */
class Jpeg2000Test {
    private static final String NATIVE = "io.gigatile.decoder.openjpeg";
    private static final String RGB = "jp2/jp2-rgb-640x480-tile256-r5-l3.jp2";
    private static final String IIP = "/fcgi-bin/iipsrv.fcgi?FIF=";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Await.until(server.context(), TestServer.TIMEOUT, "both JPEG 2000 decoders", () -> decoders() == 2);
    }

    private static int decoders() {
        try {
            ServiceReference<?>[] refs = server.context().getServiceReferences(ImageDecoder.class.getName(),
                    "(" + ImageDecoderFormat.FORMAT + "=jpeg2000)");
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage png(String path) {
        HttpResponse<byte[]> response = server.http().get(path);
        assertThat(response.statusCode()).as(path + ": " + Http.text(response)).isEqualTo(200);
        return Http.image(response);
    }

    private static BufferedImage reference(String name) {
        return Pixels.read(server.root().resolve("jp2").resolve(name));
    }

    @ParameterizedTest
    @CsvSource({
        "jp2-rgb-640x480-tile256-r5-l3.jp2, ref-rgb-640x480.png",
        "jp2-rgb-640x480-untiled-r4-l1.jp2, ref-rgb-640x480.png",
        "j2k-grey-500x350-tile128-r4-l2.j2k, ref-grey-500x350.png",
        "jpx-rgb-640x480-tile256-r5-l3.jpx, ref-rgb-640x480.png",
        "jp2-grey16-300x200-tile128-r3-l2.jp2, ref-grey-300x200.png",
        "jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2, ref-rgb-256x192.png",
    })
    void everyLayerGivesTheSourcePixels(String fixture, String reference) {
        BufferedImage image = png(IIP + "jp2/" + fixture + "&LYR=99&CVT=png");

        assertThat(Pixels.meanDifference(image, reference(reference), 0, 0)).as(fixture).isZero();
    }

    @Test
    void twelveBitSamplesAreScaledToEightBits() {
        BufferedImage image = png(IIP + "jp2/jp2-grey12-300x200-tile128-r3-l2.jp2&LYR=99&CVT=png");

        // 12-bit values of grey * 16 + grey / 16 come out within rounding of the grey source
        assertThat(Pixels.meanDifference(image, reference("ref-grey-300x200.png"), 0, 0)).isLessThan(0.6);
    }

    @Test
    void theDefaultIsHalfTheLayersAsInIipsrv() {
        BufferedImage all = png(IIP + RGB + "&LYR=3&CVT=png");
        BufferedImage half = png(IIP + RGB + "&CVT=png");
        BufferedImage two = png(IIP + RGB + "&LYR=2&CVT=png");
        BufferedImage one = png(IIP + RGB + "&LYR=1&CVT=png");
        BufferedImage source = reference("ref-rgb-640x480.png");

        assertThat(Pixels.meanDifference(all, source, 0, 0)).isZero();
        assertThat(Pixels.meanDifference(half, two, 0, 0)).as("ceil(3 / 2) = 2 layers").isZero();
        double twoLayers = Pixels.meanDifference(two, source, 0, 0);
        double oneLayer = Pixels.meanDifference(one, source, 0, 0);
        assertThat(twoLayers).as("two of three layers").isPositive().isLessThan(oneLayer);
        assertThat(oneLayer).as("one layer, 80:1").isLessThan(8);
    }

    @Test
    void infoJsonDescribesTheCodestreamsLevels() {
        String info = Http.text(server.http().get("/iiif/3/" + RGB + "/info.json"));

        assertThat(info).contains("\"width\": 640").contains("\"height\": 480");
        assertThat(info.replaceAll("\\s", "")).contains("\"scaleFactors\":[1,2,4,8,16]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jp2-truncated.jp2", "jp2-lying-siz.jp2", "jp2-bad-box.jp2"})
    void brokenFilesAreShortErrorsAndTheServerServesOn(String fixture) {
        HttpResponse<byte[]> broken = server.http().get(IIP + "jp2/" + fixture + "&JTL=0,0");

        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(Http.text(broken)).hasSizeLessThan(200).doesNotContain(server.root().toString())
                .doesNotContain("Exception");
        assertThat(server.http().get(IIP + RGB + "&JTL=1,0").statusCode()).isEqualTo(200);
    }

    @Test
    void stoppingTheNativeDecoderHandsItsImagesToTheJavaOne() throws BundleException {
        List<String> lossless = List.of(IIP + RGB + "&LYR=3&CVT=png", "/iiif/3/" + RGB + "/100,50,300,200/max/0/"
                + "default.png", IIP + "jp2/j2k-grey-500x350-tile128-r4-l2.j2k&LYR=2&WID=125&CVT=png");
        List<String> tiles = List.of(IIP + RGB + "&JTL=0,0", IIP + RGB + "&JTL=3,1", IIP + RGB + "&JTL=4,1",
                "/iiif/3/" + RGB + "/256,256,256,224/max/0/default.jpg");
        Map<String, byte[]> before = new LinkedHashMap<>();
        Map<String, BufferedImage> tilesBefore = new LinkedHashMap<>();
        lossless.forEach(p -> before.put(p, ok(p)));
        tiles.forEach(p -> tilesBefore.put(p, Http.image(server.http().get(p))));

        Bundle nativeDecoder = bundle(NATIVE);
        nativeDecoder.stop();
        try {
            Await.until(server.context(), TestServer.TIMEOUT, "the native decoder to leave", () -> decoders() == 1);
            for (String path : lossless) {
                assertThat(Arrays.equals(ok(path), before.get(path))).as(path).isTrue();
            }
            for (String path : tiles) {
                BufferedImage now = png(path);
                assertThat(Pixels.meanDifference(now, tilesBefore.get(path), 0, 0)).as(path).isLessThan(2);
            }
        } finally {
            nativeDecoder.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "the native decoder to return", () -> decoders() == 2);
        assertThat(server.http().get(IIP + RGB + "&JTL=3,0").statusCode()).isEqualTo(200);
    }

    private static byte[] ok(String path) {
        HttpResponse<byte[]> response = server.http().get(path);
        assertThat(response.statusCode()).as(path + ": " + Http.text(response)).isEqualTo(200);
        return response.body();
    }

    private static Bundle bundle(String symbolicName) {
        return Arrays.stream(server.context().getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
