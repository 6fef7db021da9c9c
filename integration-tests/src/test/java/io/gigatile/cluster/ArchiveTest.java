/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive distribution as an operator meets it: unpacked with tar, started by {@code bin/gigatile} (iipsrv's
 * {@code --backlog} seen on its socket), its log in logs/, a setting dropped into etc/ applied while it runs,
 * stopped by SIGTERM, started again (on Java 17 with the class data archive the first run wrote as it stopped).
 */
class ArchiveTest {
    private static final String IMAGE = "gradient-rgb-3000x2000.tif";
    /** Not the JDK's 50 nor a round default of Jetty's: seen on the socket only if it came from the option. */
    private static final int BACKLOG = 1234;

    @TempDir
    Path work;

    private Path home;
    private LocalProcess server;
    private int port;

    @BeforeEach
    void unpack() throws Exception {
        Process tar = new ProcessBuilder("tar", "xzf", System.getProperty("gigatile.archive"), "-C", work.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        home = work.resolve("gigatile");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LocalProcess start() {
        port = LocalProcess.freePort();
        server = new LocalProcess("console", work, port, List.of(home.resolve("bin/gigatile").toString(),
                "--bind", "127.0.0.1:" + port, "--backlog", String.valueOf(BACKLOG)),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-Xmx256m")).start();
        LocalProcess.await("the first tile", Duration.ofSeconds(60),
                () -> server.answers("/iiif/3/" + IMAGE + "/0,0,512,512/512,/0/default.jpg", 200));
        return server;
    }

    /** A failure names what the server printed and logged, which the temporary folder takes with it. */
    private void awaitOrShowLogs(String what, BooleanSupplier condition) {
        try {
            LocalProcess.await(what, Duration.ofSeconds(30), condition);
        } catch (AssertionError e) {
            String log;
            try {
                log = Files.readString(home.resolve("logs/gigatile.log"));
            } catch (IOException unreadable) {
                log = unreadable.toString();
            }
            throw new AssertionError(e.getMessage() + "\nconsole:\n" + server.log() + "\nlogs/gigatile.log:\n" + log, e);
        }
    }

    /**
     * The same export each time: the engine drops what its caches hold when an encoder's configuration changes,
     * so the answer shows the new quality as soon as it applies. (A new width per call, as this once asked for,
     * let the size grow with the number of polls: on a fast machine past what quality 5 keeps under the bound.)
     */
    private int exportSize() {
        HttpResponse<byte[]> answer = server.get("/iiif/3/" + IMAGE + "/full/300,/0/default.jpg");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().length;
    }

    @Test
    void startsServesTakesSettingsLiveAndStopsCleanly() throws IOException, InterruptedException {
        // the build's rehearsal start recorded the bundle classes a start loads, the engine's and Jetty's among them
        Path preload = home.resolve("bundle/preload.txt");
        assertThat(preload).content().contains("io.gigatile.engine io.gigatile.engine.internal.Engine\n",
                "org.apache.felix.http.jetty12 org.eclipse.jetty.server.Server\n");
        String shipped = Files.readString(preload);
        start();
        assertThat(home.resolve("logs/gigatile.log")).content().contains("mounted at /iiif");
        assertThat(server.log()).doesNotContain("Exception");
        // iipsrv's --backlog reaches the HTTP server's listening socket
        assertThat(acceptQueue(port)).isEqualTo(BACKLOG);

        // a decoder bundle dropped into deploy/ is started: its format joins the decoders /health lists
        Files.copy(Path.of(System.getProperty("gigatile.example.decoder")), home.resolve("deploy/decoder.pgm.jar"));
        LocalProcess.await("the deployed decoder", Duration.ofSeconds(30), () -> new String(server.get("/health")
                .body(), StandardCharsets.UTF_8).contains("\"format\":\"pgm\""));
        assertThat(home.resolve("logs/gigatile.log")).content().doesNotContain("does not exist");
        Files.delete(home.resolve("deploy/decoder.pgm.jar"));

        int before = exportSize();
        Files.write(home.resolve("etc/io.gigatile.encoder.jpeg.cfg"), List.of("quality = 5"));
        awaitOrShowLogs("etc/ to lower the JPEG quality", () -> exportSize() < before * 0.6);

        // a JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks (the framework's stop) are done
        assertThat(server.stop(Duration.ofSeconds(30))).as("exit code after SIGTERM").isEqualTo(143);
        server = null;
        if (Runtime.version().feature() < 19) {
            // Java 17 writes the class data archive as the first run ends; later runs map it
            assertThat(home.resolve("cache/gigatile-java" + Runtime.version().feature() + ".jsa")).isNotEmptyFile();
        }
        start();
        // FileInstall, started last, applies etc/ a moment after the server listens
        awaitOrShowLogs("etc/ to be applied at start", () -> exportSize() < before * 0.6);
        assertThat(new String(server.get("/health").body(), StandardCharsets.UTF_8)).doesNotContain("\"pgm\"");
        try (Stream<Path> left = Files.list(home.resolve("deploy"))) {
            assertThat(left).isEmpty();
        }
        assertThat(preload).as("a start with the build's list records none of its own").hasContent(shipped);
    }

    /** The accept queue of the socket listening on the port, as the system reports it (Send-Q in {@code ss}). */
    private static int acceptQueue(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(ss.waitFor()).as(out).isZero();
        // State, Recv-Q, Send-Q, local and peer address
        String[] columns = out.split("\\s+");
        assertThat(columns).as(out).hasSizeGreaterThan(3);
        return Integer.parseInt(columns[2]);
    }
}
