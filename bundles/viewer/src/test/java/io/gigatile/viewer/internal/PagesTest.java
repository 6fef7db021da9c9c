/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ListingEntry;
import io.gigatile.api.ListingEntry.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted names end up escaped in text and attributes and encoded in URLs, never as markup. */
class PagesTest {
    private static final String EVIL = "a <b> \"c\" & 'd' é.tif";
    private final Pages pages = new Pages(new Links(""));

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(Html.escape("<script>\"x\" & 'y'</script>"))
                .isEqualTo("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
        assertThat(Html.escape("é 漢字 \u0000")).isEqualTo("é 漢字 \uFFFD");
    }

    @Test
    void encodesIdentifiersForEachProtocol() {
        Links links = new Links("/ctx");
        assertThat(links.iiifInfo("sub/a b+c%.tif")).isEqualTo("/ctx/iiif/3/sub%2Fa%20b%2Bc%25.tif/info.json");
        assertThat(links.thumbnail("é.tif", 160)).isEqualTo("/ctx/iiif/3/%C3%A9.tif/full/^!160,160/0/default.jpg");
        assertThat(links.deepZoom("sub/a b+c.tif")).isEqualTo("/ctx/deepzoom/sub/a%20b%2Bc.tif.dzi");
        assertThat(links.zoomify("sub/a&b.tif")).isEqualTo("/ctx/zoomify/sub/a%26b.tif/ImageProperties.xml");
        assertThat(links.view("a&b=c")).isEqualTo("/ctx/viewer/view?id=a%26b%3Dc");
        assertThat(links.folder("sub dir/", 3)).isEqualTo("/ctx/?folder=sub%20dir%2F&page=3");
        assertThat(links.folder("", 1)).isEqualTo("/ctx/");
    }

    @Test
    void folderPageShowsNamesAsTextAndLinksThemEncoded() {
        String html = pages.folder("sub <x>/", List.of(new ListingEntry(EVIL, "sub <x>/" + EVIL, Kind.IMAGE),
                new ListingEntry("d\"ir", "sub <x>/d\"ir/", Kind.FOLDER),
                new ListingEntry("turn", "sub <x>/turn", Kind.SEQUENCE)), 2, 3, 160);

        assertThat(html).doesNotContain(EVIL).doesNotContain("<b>").doesNotContain("<x>").doesNotContain("d\"ir")
                .contains("a &lt;b&gt; &quot;c&quot; &amp; &#39;d&#39; é.tif")
                .contains("href=\"/viewer/view?id=sub%20%3Cx%3E%2Fa%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif\"")
                .contains("src=\"/iiif/3/sub%20%3Cx%3E%2Fa%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif"
                        + "/full/^!160,160/0/default.jpg\"")
                .contains("href=\"/?folder=sub%20%3Cx%3E%2Fd%22ir%2F\"".replace("%22", "%22"))
                .contains("(sequence)")
                .contains("rel=\"prev\" href=\"/?folder=sub%20%3Cx%3E%2F\"")
                .contains("rel=\"next\" href=\"/?folder=sub%20%3Cx%3E%2F&amp;page=3\"")
                .contains("page 2 of 3");
        assertThat(html).doesNotContain("<script>").contains("<script src=\"/viewer/static/viewer.js\"></script>");
    }

    @Test
    void imagePageNamesTheTileSourceInAnAttributeAndLinksEveryProtocol() {
        String html = pages.image("sub/" + EVIL);

        assertThat(html).doesNotContain("<b>").contains("<h2>sub/a &lt;b&gt; &quot;c&quot; &amp; &#39;d&#39; é.tif</h2>")
                .contains("data-tiles=\"/iiif/3/sub%2Fa%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif/info.json\"")
                .contains("href=\"/iiif/2/sub%2Fa%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif/info.json\"")
                .contains("href=\"/deepzoom/sub/a%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif.dzi\"")
                .contains("href=\"/zoomify/sub/a%20%3Cb%3E%20%22c%22%20%26%20%27d%27%20%C3%A9.tif/ImageProperties.xml\"")
                .contains("<script src=\"/viewer/static/openseadragon/openseadragon.min.js\"></script>")
                .contains("href=\"/?folder=sub%2F\">sub</a>");
    }

    @Test
    void messagePageEscapesItsText() {
        assertThat(pages.message("<t>", "<m>")).contains("&lt;t&gt; - Gigatile").contains("&lt;m&gt;")
                .doesNotContain("<m>");
    }
}
