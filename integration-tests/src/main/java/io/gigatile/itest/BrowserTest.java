/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenSeadragon, from npm, in Debian's headless Chromium: the page comes from one origin ({@code localhost}), the
 * tiles from another ({@code 127.0.0.1}), through each protocol in turn; the view zoomed into the middle of the
 * image must load with no failed tile, and the screenshot must match the source image.
 */
class BrowserTest {
    static final String IMAGE = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static final int[] RECT = {250, 175, 500, 350};
    static final int WIDTH = 800;
    static final int HEIGHT = 560;
    static TestServer server;
    static ViewerPage page;
    static Path chromium;

    @BeforeAll
    static void start() throws IOException {
        chromium = Path.of(System.getProperty("gigatile.test.chromium", "/usr/bin/chromium"));
        Path script = Path.of(server().context().getProperty("gigatile.test.openseadragon"));
        boolean ci = System.getenv("CI") != null;
        if (!ci) {
            Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isReadable(script),
                    "needs Debian's chromium and `npm ci` in integration-tests/browser (CI installs both)");
        }
        assertThat(chromium).as("chromium").isExecutable();
        assertThat(script).as("OpenSeadragon from npm").isReadable();
        server.configure("io.gigatile.http", Map.of("cors", "*"));
        page = new ViewerPage(server.context(), script);
        Await.until(server.context(), TestServer.TIMEOUT, "the viewer page and CORS", () -> {
            try {
                return server.http().get("/itest-viewer/viewer.html").statusCode() == 200 && server.http()
                        .get("/fcgi-bin/iipsrv.fcgi?FIF=" + IMAGE + "&OBJ=IIP,1.0").headers()
                        .firstValue("Access-Control-Allow-Origin").isPresent();
            } catch (AssertionError notYet) {
                return false;
            }
        });
    }

    private static TestServer server() {
        if (server == null) {
            server = TestServer.start();
        }
        return server;
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
            server.configure("io.gigatile.http", Map.of("cors", "*"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iip", "iiif", "iiif2", "deepzoom", "zoomify"})
    void zoomedViewLoadsEveryTileAndLooksLikeTheSource(String source) throws Exception {
        String local = server.http().base().replace("127.0.0.1", "localhost");
        String url = local + "/itest-viewer/viewer.html?source=" + source + "&server=" + server.http().base()
                + "&id=" + IMAGE + "&width=1000&height=700&tile=256&levels=3&viewWidth=" + WIDTH + "&viewHeight=" + HEIGHT
                + "&rect=" + RECT[0] + "," + RECT[1] + ","
                + RECT[2] + "," + RECT[3];
        Path profile = Files.createTempDirectory("gigatile-chromium");
        Path shot = profile.resolve("shot.png");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT, "--virtual-time-budget=30000", "--screenshot=" + shot, url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        Map<String, String> result = page.result(source).get(30, TimeUnit.SECONDS);
        assertThat(result).as(source).containsEntry("state", "loaded").containsEntry("failed", "0");
        assertThat(Integer.parseInt(result.get("loaded"))).as("tiles loaded").isPositive();
        assertThat(shot).as("screenshot").exists();
        BufferedImage screen = Pixels.read(shot);
        assertThat(screen.getWidth()).isEqualTo(WIDTH);
        BufferedImage expected = expectedView(Pixels.read(server.root().resolve("ref-rgb-1000x700.png")));
        assertThat(Pixels.meanDifference(inner(screen), expected, 8, 8)).as(source + " against the source")
                .isLessThan(4.0);
    }

    /** The source's rectangle scaled to the window, as the viewer should show it. */
    private static BufferedImage expectedView(BufferedImage source) {
        BufferedImage view = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source.getSubimage(RECT[0], RECT[1], RECT[2], RECT[3]), 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return view;
    }

    /** Leaves out a margin, where a viewer's rounding of the rectangle may show a pixel more or less. */
    private static BufferedImage inner(BufferedImage screen) {
        return screen.getSubimage(8, 8, WIDTH - 16, HEIGHT - 16);
    }
}
