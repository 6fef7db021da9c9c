/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * A third-party decoder that throws, answers nonsense or never returns fails its own images with a short error;
 * the server goes on serving every other image meanwhile. The decoder is a service registered by this test while
 * the server runs, as a deployed bundle's would be; the engine's time limit is set to one second for the test.
 */
class MisbehavingDecodersTest {
    private static final String OTHER = "/iiif/3/tif-rgb-none-180x120-tile64-pyramid.tif/full/50,/0/default.jpg";

    static TestServer server;
    static ServiceRegistration<ImageDecoder> registration;
    static final CountDownLatch RELEASE_READ = new CountDownLatch(1);
    static final CountDownLatch RELEASE_OPEN = new CountDownLatch(1);
    static final CountDownLatch READING = new CountDownLatch(1);
    static final CountDownLatch OPENING = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        for (String mode : new String[] {"throws", "garbage", "hangs-reading", "hangs-opening"}) {
            Files.writeString(server.root().resolve(mode + ".misb"), "MISB " + mode, StandardCharsets.US_ASCII);
        }
        server.configure("io.gigatile.engine", Map.of("decodeTimeLimit", 1));
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ImageDecoderFormat.FORMAT, "misbehaving");
        props.put(ImageDecoderFormat.SUFFIXES, new String[] {"misb"});
        props.put(ImageDecoderFormat.SIGNATURES, new String[] {"4D495342"});
        registration = server.context().registerService(ImageDecoder.class, new Misbehaving(), props);
        Await.until(server.context(), TestServer.TIMEOUT, "the decoder to be used",
                () -> server.http().get(info("throws")).statusCode() != 415);
    }

    @AfterAll
    static void stop() {
        RELEASE_READ.countDown();
        RELEASE_OPEN.countDown();
        registration.unregister();
        server.configure("io.gigatile.engine", Map.of("decodeTimeLimit", 30));
    }

    private static String info(String mode) {
        return "/iiif/3/" + mode + ".misb/info.json";
    }

    private static String tile(String mode, int width) {
        return "/iiif/3/" + mode + ".misb/0,0,64,64/" + width + ",/0/default.jpg";
    }

    private static void assertShortError(HttpResponse<byte[]> answer, int status, String message) {
        assertThat(answer.statusCode()).as(Http.text(answer)).isEqualTo(status);
        assertThat(Http.text(answer)).contains(message).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(server.root().toString());
        assertThat(server.http().get(OTHER).statusCode()).as("another image").isEqualTo(200);
    }

    @Test
    void aDecoderThatThrowsIsAnInternalError() {
        assertThat(server.http().get(info("throws")).statusCode()).isEqualTo(200);
        assertShortError(server.http().get(tile("throws", 60)), 500, "internal error");
    }

    @Test
    void pixelsThatDoNotFitTheImageAreADecodeFailure() {
        assertShortError(server.http().get(tile("garbage", 61)), 500, "pixels that do not fit the image");
    }

    @Test
    void aDecoderThatNeverReturnsFromAReadHoldsOneThreadAndItsImageFailsAtOnceAfterTheLimit() throws Exception {
        CompletableFuture<HttpResponse<byte[]>> held = CompletableFuture.supplyAsync(
                () -> server.http().get(tile("hangs-reading", 62)));
        // the held request is inside the decoder before any other asks for the image
        assertThat(READING.await(30, TimeUnit.SECONDS)).isTrue();
        Await.until(server.context(), TestServer.TIMEOUT, "the image to fail at once", () -> {
            HttpResponse<byte[]> next = server.http().get(tile("hangs-reading", 63));
            return next.statusCode() == 500 && Http.text(next).contains("did not answer within 1 s");
        });
        assertShortError(server.http().get(tile("hangs-reading", 64)), 500, "did not answer within 1 s");
        assertThat(held).isNotDone();
        RELEASE_READ.countDown();
        assertThat(held.get(30, TimeUnit.SECONDS).statusCode()).as("the held request, once released")
                .isEqualTo(200);
    }

    @Test
    void aDecoderThatNeverFinishesOpeningFailsItsImageAtOnceAfterTheLimit() throws InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> held = CompletableFuture.supplyAsync(
                () -> server.http().get(info("hangs-opening")));
        assertThat(OPENING.await(30, TimeUnit.SECONDS)).isTrue();
        Await.until(server.context(), TestServer.TIMEOUT, "the image to fail at once", () -> {
            HttpResponse<byte[]> next = server.http().get(info("hangs-opening"));
            return next.statusCode() == 500 && Http.text(next).contains("did not open it within 1 s");
        });
        assertShortError(server.http().get(info("hangs-opening")), 500, "did not open it within 1 s");
        assertThat(held).isNotDone();
    }

    /** A decoder of 64x64 grey images whose file says how it misbehaves. */
    static final class Misbehaving implements ImageDecoder {
        private static final ImageInfo INFO = ImageInfo.builder().addLevel(new Level(64, 64, 64, 64))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build();

        @Override
        public ImageSource open(StoredImage image, ByteSource bytes) {
            String mode = new String(bytes.read(0, (int) bytes.size()), StandardCharsets.US_ASCII).substring(5);
            if (mode.equals("hangs-opening")) {
                OPENING.countDown();
                hang(RELEASE_OPEN);
            }
            return new ImageSource() {
                @Override
                public ImageInfo info() {
                    return INFO;
                }

                @Override
                public Raster readTile(int level, int tileX, int tileY) {
                    switch (mode) {
                        case "throws" -> throw new IllegalStateException("a bug in a third-party decoder");
                        case "garbage" -> {
                            return Raster.ofBytes(3, 5, 1, ColourSpace.GREY, new byte[15]);
                        }
                        case "hangs-reading" -> {
                            READING.countDown();
                            hang(RELEASE_READ);
                        }
                        default -> {
                        }
                    }
                    return Raster.ofBytes(64, 64, 1, ColourSpace.GREY, new byte[64 * 64]);
                }

                @Override
                public void close() {
                }
            };
        }

        private static void hang(CountDownLatch release) {
            try {
                // the test releases it; until then this is a decoder that never returns
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
