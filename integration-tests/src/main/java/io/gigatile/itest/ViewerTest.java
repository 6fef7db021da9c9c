/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer bundle's page at {@code /}, in Debian's headless Chromium: the image root listed with thumbnails from
 * the server's IIIF, a click on an image, and OpenSeadragon showing its tiles, whose pixels must be the image's;
 * the same through a sub-folder with an awkward name and for an image sequence. Over plain HTTP: the other mounts
 * still answer, unknown paths are 404, and nothing outside the root or hidden is listed.
 */
class ViewerTest {
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    static final String FOLDER = "viewer sub <&> é";
    static final String ODD = "odd \"name\" & é.tif";
    static TestServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = Path.of(System.getProperty("gigatile.test.chromium", "/usr/bin/chromium"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(chromium), "needs Debian's chromium (CI installs it)");
        }
        assertThat(chromium).as("chromium").isExecutable();
        server = TestServer.start();
        Path root = server.root();
        Files.createDirectories(root.resolve(FOLDER));
        Files.copy(root.resolve("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif"), root.resolve(FOLDER).resolve(ODD));
        Files.copy(root.resolve("tif-rgb-none-180x120-tile64-pyramid.tif"), root.resolve(".hidden.tif"));
        Path outside = Files.createTempDirectory("gigatile-outside");
        Files.copy(root.resolve("tif-rgb-none-180x120-tile64-pyramid.tif"), outside.resolve("secret.tif"));
        Files.createSymbolicLink(root.resolve("link-out.tif"), outside.resolve("secret.tif"));
        Files.createSymbolicLink(root.resolve("link-out"), outside);
        Await.until(server.context(), TestServer.TIMEOUT, "the viewer page", () -> {
            try {
                return server.http().get("/").statusCode() == 200;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        browser = Chromium.start(chromium, WIDTH, HEIGHT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void listsTheSamplesWithThumbnailsAndOpensOneInOpenSeadragon() {
        browser.navigate(server.http().base() + "/");
        String sizes = thumbnails("gradient-rgb-3000x2000.tif", "iiif-test-grid-1000x1000.tif",
                "zoneplate-grey-1024x1024.tif", "sequence-rgb-deflate-160x120-tile64");
        assertThat(sizes).as("thumbnails' sizes").matches("160x10[67] 160x160 160x160 160x120");

        click("gradient-rgb-3000x2000.tif");
        assertTilesMatch("gradient-rgb-3000x2000.tif", 3000, 2000);
    }

    @Test
    void opensAnImageInASubFolderWithAnAwkwardName() {
        browser.navigate(server.http().base() + "/");
        click(FOLDER + "/");
        assertThat(thumbnails(ODD)).matches("160x11[12]");

        click(ODD);
        assertTilesMatch(FOLDER + "/" + ODD, 1000, 700);
    }

    @Test
    void opensAnImageSequenceListedOnce() {
        String html = Http.text(server.http().get("/"));
        assertThat(html).contains("sequence-rgb-deflate-160x120-tile64 <small>(sequence)</small>")
                .doesNotContain("_pyr_000_090");

        browser.navigate(server.http().base() + "/");
        click("sequence-rgb-deflate-160x120-tile64");
        assertTilesMatch("sequence-rgb-deflate-160x120-tile64", 160, 120);
    }

    @Test
    void keepsTheOtherMountsAndAnswers404Elsewhere() {
        assertThat(server.http().get("/iiif/3/gradient-rgb-3000x2000.tif/info.json").headers()
                .firstValue("Content-Type")).hasValue("application/json");
        assertThat(server.http().get("/fcgi-bin/iipsrv.fcgi?FIF=gradient-rgb-3000x2000.tif&OBJ=IIP,1.0")
                .statusCode()).isEqualTo(200);
        assertThat(server.http().get("/deepzoom/gradient-rgb-3000x2000.tif.dzi").statusCode()).isEqualTo(200);
        assertThat(server.http().get("/zoomify/gradient-rgb-3000x2000.tif/ImageProperties.xml").statusCode())
                .isEqualTo(200);
        for (String path : new String[] {"/nothing", "/viewer/", "/viewer/nothing", "/viewer/static/x.class",
                "/viewer/static/openseadragon/../../io/gigatile/viewer/internal/Html.class", "/index.html"}) {
            assertThat(server.http().get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(server.http().get("/viewer/static/openseadragon/openseadragon.min.js").statusCode())
                .isEqualTo(200);
        assertThat(server.http().send("POST", "/nothing").statusCode()).isEqualTo(404);
        assertThat(server.http().send("DELETE", "/").statusCode()).isEqualTo(405);
        assertThat(server.http().send("HEAD", "/").statusCode()).isEqualTo(200);
    }

    @Test
    void listsNothingHiddenOrOutsideTheRoot() {
        HttpResponse<byte[]> root = server.http().get("/");
        assertThat(Http.text(root)).doesNotContain(".hidden.tif").doesNotContain("link-out")
                .contains("viewer sub &lt;&amp;&gt; é/").doesNotContain("<&>");
        assertThat(root.headers().firstValue("Content-Security-Policy")).isPresent();
        for (String folder : new String[] {"..%2F", "link-out%2F", "jp2%2F..%2F..%2F", "%2Fetc%2F", "nothing%2F"}) {
            HttpResponse<byte[]> page = server.http().get("/?folder=" + folder);
            assertThat(page.statusCode()).as(folder).isEqualTo(404);
            assertThat(Http.text(page)).as(folder).doesNotContain(server.root().toString());
        }
        assertThat(server.http().get("/?folder=jp2%2F").statusCode()).isEqualTo(200);
        assertThat(server.http().get("/?page=0").statusCode()).isEqualTo(400);
        assertThat(server.http().get("/?page=99").statusCode()).isEqualTo(404);
    }

    /** @return the listed thumbnails' natural sizes, once every one of them has loaded */
    private static String thumbnails(String... names) {
        StringBuilder list = new StringBuilder("[");
        for (String name : names) {
            list.append(list.length() > 1 ? "," : "").append(Chromium.quote(name));
        }
        String sizes = "(function () { var imgs = " + list + "].map(function (n) { var a = " + entry("n")
                + "; return a && a.querySelector('img'); });"
                + " if (!imgs.every(function (i) { return i && i.complete && i.naturalWidth > 0; })) { return ''; }"
                + " return imgs.map(function (i) { return i.naturalWidth + 'x' + i.naturalHeight; }).join(' '); })()";
        return browser.await("document.readyState === 'complete' && " + sizes + " !== ''", sizes);
    }

    /** Clicks the entry whose shown name is {@code name}, as a person would, once the page lists it. */
    private static void click(String name) {
        String quoted = Chromium.quote(name);
        browser.await("document.readyState === 'complete' && " + entry(quoted), "''");
        browser.run(entry(quoted) + ".click()");
    }

    /** @return a script expression: the link of the listed entry whose name is the expression {@code name} */
    private static String entry(String name) {
        return "Array.prototype.find.call(document.querySelectorAll('ul.entries li a'), function (a) {"
                + " return a.querySelector('.name').firstChild.textContent.trim() === " + name + "; })";
    }

    /**
     * Waits for OpenSeadragon to load the image's home view without a failed tile, then compares the middle of
     * what the screen shows with the server's own rendering of the whole image at the size shown.
     */
    private static void assertTilesMatch(String identifier, int width, int height) {
        String state = browser.await("document.getElementById('viewer') && ['loaded', 'failed'].indexOf("
                + "document.getElementById('viewer').getAttribute('data-state')) >= 0",
                "(function () { var v = document.getElementById('viewer'), r = v.getBoundingClientRect();"
                        + " return [v.getAttribute('data-state'), v.getAttribute('data-loaded'),"
                        + " v.getAttribute('data-failed'), Math.round(r.left), Math.round(r.top),"
                        + " Math.round(r.width), Math.round(r.height), decodeURIComponent(location.search)].join('|'); })()");
        String[] s = state.split("\\|", -1);
        assertThat(s[7]).as("the page's identifier").isEqualTo("?id=" + identifier);
        assertThat(s[0]).as(identifier + " " + state).isEqualTo("loaded");
        assertThat(Integer.parseInt(s[1])).as("tiles loaded").isPositive();
        assertThat(s[2]).as("tiles failed").isEqualTo("0");

        // OpenSeadragon's home view: the whole image fitted into the viewer and centred
        int left = Integer.parseInt(s[3]), top = Integer.parseInt(s[4]);
        int boxWidth = Integer.parseInt(s[5]), boxHeight = Integer.parseInt(s[6]);
        double scale = Math.min((double) boxWidth / width, (double) boxHeight / height);
        int shownWidth = (int) Math.round(width * scale), shownHeight = (int) Math.round(height * scale);
        int x = left + (boxWidth - shownWidth) / 2, y = top + (boxHeight - shownHeight) / 2;
        String size = (shownWidth > width ? "%5E" : "") + shownWidth + "," + shownHeight;
        BufferedImage expected = Http.image(server.http().get("/iiif/3/" + URLEncoder.encode(identifier,
                StandardCharsets.UTF_8).replace("+", "%20") + "/full/" + size + "/0/default.png"));
        // the middle half: the navigator and the buttons sit in the corners
        int cx = shownWidth / 4, cy = shownHeight / 4;
        BufferedImage shown = browser.screenshot(x + cx, y + cy, shownWidth / 2, shownHeight / 2);
        assertThat(Pixels.meanDifference(shown, expected, cx, cy)).as(identifier + " against the server's rendering")
                .isLessThan(8.0);
    }
}
