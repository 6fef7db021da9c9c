/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Faults while requests are in flight: the image file deleted, cut short in place, or its decoder bundle stopped.
 * Each request gets an answer (no hang), a failure is a short message, the image's answers settle on what its
 * file now is, and the other images are served throughout.
 */
class FaultsTest {
    private static final String SOURCE = "tif-rgb-deflate-1000x700-tile256-pyramid.tif";
    private static final String OTHER = "/iiif/3/imageio/jpg-rgb-q90-700x500.jpg/";

    static TestServer server;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> load = new ArrayList<>();
    private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 1));
    }

    @AfterAll
    static void restore() {
        server.configure("io.gigatile.engine", Map.of("revalidateAfter", 2));
    }

    @AfterEach
    void stopLoad() throws InterruptedException {
        running.set(false);
        for (Thread t : load) {
            t.join(60_000);
        }
    }

    @Test
    void aFileDeletedWhileServedIsSoonNotFound() throws IOException {
        Path file = copy("deleted.tif");
        String tiles = "/fcgi-bin/iipsrv.fcgi?FIF=deleted.tif&JTL=2,";
        assertThat(server.http().get(tiles + "0").statusCode()).isEqualTo(200);
        AtomicInteger last = loadOn(n -> tiles + n % 12, Set.of(200, 404));

        Files.delete(file);

        Await.until(server.context(), TestServer.TIMEOUT, "the deleted image to be missing", () -> last.get() == 404);
        assertNoWrongAnswers();
        assertThat(server.http().get(tiles + "5").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileCutShortWhileServedIsACleanErrorAndServedAgainWhenWhole() throws IOException {
        Path file = copy("cut.tif");
        String tiles = "/fcgi-bin/iipsrv.fcgi?FIF=cut.tif&JTL=2,";
        assertThat(server.http().get(tiles + "0").statusCode()).isEqualTo(200);
        AtomicInteger last = loadOn(n -> tiles + n % 12, Set.of(200, 500));

        // in place, as a copy that is still being written looks: the open file shrinks under the decoder
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 3), StandardOpenOption.TRUNCATE_EXISTING);

        Await.until(server.context(), TestServer.TIMEOUT, "the cut image to fail", () -> last.get() == 500);
        HttpResponse<byte[]> failed = server.http().get(tiles + "11");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Http.text(failed)).hasSizeLessThan(200).doesNotContain(server.root().toString())
                .doesNotContain("Exception");
        Files.write(file, whole, StandardOpenOption.TRUNCATE_EXISTING);
        Await.until(server.context(), TestServer.TIMEOUT, "the whole image to be served again",
                () -> server.http().get(tiles + "11").statusCode() == 200);
        assertNoWrongAnswers();
    }

    @Test
    void aDecoderBundleStoppedMidRequestFailsNothingElseAndServesAgainWhenBack() throws BundleException,
            IOException {
        copy("decoded.tif");
        String tiles = "/fcgi-bin/iipsrv.fcgi?FIF=decoded.tif&JTL=2,";
        // without the TIFF decoder, the JDK's TIFF reader (decoder.imageio) may take the image over, or nobody
        loadOn(n -> tiles + n % 12, Set.of(200, 415, 503));
        Bundle tiff = Arrays.stream(server.context().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.gigatile.decoder.tiff")).findFirst().orElseThrow();

        tiff.stop();
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(server.http().get(tiles + i % 12).statusCode()).isIn(200, 415, 503);
            }
        } finally {
            tiff.start();
        }
        Await.until(server.context(), TestServer.TIMEOUT, "the TIFF decoder to serve again",
                () -> server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=" + SOURCE + "&OBJ=IIP,1.0").statusCode() == 200
                        && server.http().get(tiles + "3").statusCode() == 200);
        assertNoWrongAnswers();
    }

    private Path copy(String name) throws IOException {
        return Files.copy(server.root().resolve(SOURCE), server.root().resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Two clients on the faulty image and one on another, until the test ends; an answer outside those allowed
     * (or any failure of the other image) is kept as wrong.
     *
     * @return the status of the faulty image's latest answer
     */
    private AtomicInteger loadOn(IntFunction<String> faulty, Set<Integer> allowed) {
        AtomicInteger last = new AtomicInteger();
        for (int c = 0; c < 3; c++) {
            boolean other = c == 2;
            Thread client = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    String path = other ? OTHER + n % 50 + ",0,200,200/100,/0/default.jpg" : faulty.apply(n);
                    HttpResponse<byte[]> answer = server.http().get(path);
                    if (other ? answer.statusCode() != 200 : !allowed.contains(answer.statusCode())) {
                        wrong.add(path + ": " + answer.statusCode() + " " + Http.text(answer));
                    } else if (!other) {
                        last.set(answer.statusCode());
                    }
                }
            }, "faults-" + c);
            client.start();
            load.add(client);
        }
        return last;
    }

    private void assertNoWrongAnswers() {
        synchronized (wrong) {
            assertThat(wrong).isEmpty();
        }
    }
}
