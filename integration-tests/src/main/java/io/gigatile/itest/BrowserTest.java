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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenSeadragon, from npm, in Debian's headless Chromium: the page comes from one origin ({@code localhost}), the
 * tiles from another ({@code 127.0.0.1}), through each protocol in turn; the view zoomed into the middle of the
 * image must load with no failed tile, and the screenshot must match the source image. Chromium is driven over the
 * DevTools protocol and waited for in real time: its {@code --virtual-time-budget} ran out before the first tile on a
 * busy machine, since virtual time runs freely while nothing is being fetched.
 */
class BrowserTest {
    static final String IMAGE = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";
    static final int[] RECT = {250, 175, 500, 350};
    static final int WIDTH = 800;
    static final int HEIGHT = 560;
    static TestServer server;
    static ViewerPage page;
    static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = Path.of(System.getProperty("gigatile.test.chromium", "/usr/bin/chromium"));
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
        // a larger window than the viewer, so that the screenshot's clip lies inside what the page shows
        browser = Chromium.start(chromium, WIDTH + 200, HEIGHT + 200);
    }

    private static TestServer server() {
        if (server == null) {
            server = TestServer.start();
        }
        return server;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (page != null) {
            page.close();
            server.configure("io.gigatile.http", Map.of("cors", "*"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iip", "iiif", "iiif2", "deepzoom", "zoomify"})
    void zoomedViewLoadsEveryTileAndLooksLikeTheSource(String source) {
        String local = server.http().base().replace("127.0.0.1", "localhost");
        String url = local + "/itest-viewer/viewer.html?source=" + source + "&server=" + server.http().base()
                + "&id=" + IMAGE + "&width=1000&height=700&tile=256&levels=3&viewWidth=" + WIDTH
                + "&viewHeight=" + HEIGHT + "&rect=" + RECT[0] + "," + RECT[1] + "," + RECT[2] + "," + RECT[3];
        browser.navigate(url);
        // the source named too: until the new page has replaced the last one, the last one's result is showing
        String state = browser.await("new URLSearchParams(location.search).get('source') === '" + source
                + "' && document.body && document.body.hasAttribute('data-state')",
                "['state', 'loaded', 'failed'].map(function (a) { return document.body.getAttribute('data-' + a); })"
                        + ".join(' ')");
        String[] result = state.split(" ");
        assertThat(result[0]).as(source + ": " + state).isEqualTo("loaded");
        assertThat(Integer.parseInt(result[1])).as("tiles loaded").isPositive();
        assertThat(result[2]).as("tiles failed").isEqualTo("0");
        BufferedImage screen = browser.screenshot(0, 0, WIDTH, HEIGHT);
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
