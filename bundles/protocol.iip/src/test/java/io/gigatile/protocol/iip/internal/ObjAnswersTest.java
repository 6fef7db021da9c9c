/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.SampleType;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OBJ answers, byte for byte. The expected bodies for the 1000x1000 and 1000x700 images are what iipsrv 1.1
 * (Debian's iipimage-server behind lighttpd) sent for vips pyramids of the same shape.
 */
class ObjAnswersTest {
    private static final String ERROR_DISPOSITION =
            "inline;filename=\"IIPisAMadGameClosedToOurUnderstanding.netfpx\"";

    private static ProtocolResponse ask(ImageInfo info, String query) {
        RecordingImageService service = new RecordingImageService("t1000.tif", info,
                new ServiceLimits(5000, true), Set.of("jpg"));
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    private static String text(ProtocolResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertText(ProtocolResponse response, String mediaType, String body) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo(mediaType);
        assertThat(text(response)).isEqualTo(body);
    }

    private static void assertError(ProtocolResponse response, String body) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.mediaType()).isEqualTo("application/vnd.netfpx");
        assertThat(response.headers()).containsEntry("Cache-Control", "no-cache")
                .containsEntry("Content-Disposition", ERROR_DISPOSITION);
        assertThat(response.lastModified()).isNull();
        assertThat(text(response)).isEqualTo(body);
    }

    @Test
    void basicInfoWithTheProtocolLine() {
        ProtocolResponse r = ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=IIP,1.0&OBJ=basic-info");
        assertText(r, "application/vnd.netfpx", "IIP:1.0\r\nIIP-server:3.65\r\nMax-size:1000 1000\r\n"
                + "Resolution-number:3\r\nColorspace,0-2,0:0 0 3 3 0 1 2\r\n");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
    }

    @Test
    void everyObjectInTheClientsOrder() {
        assertText(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=Max-size&OBJ=Tile-size&OBJ=Resolution-number"
                + "&OBJ=Bits-per-channel&OBJ=Vertical-views&OBJ=Horizontal-views&OBJ=Min-Max-sample-values"
                + "&OBJ=Resolutions&OBJ=iip-server"), "application/vnd.netfpx",
                "\r\nMax-size:1000 1000\r\nTile-size:256 256\r\nResolution-number:3\r\nBits-per-channel:8\r\n"
                        + "Vertical-views:90\r\nHorizontal-views:0\r\nMin-Max-sample-values: 0  255  0  255  0  255\r\n"
                        + "Resolutions:250 250,500 500,1000 1000\r\nIIP-server:3.65\r\n");
    }

    @Test
    void greyImage() {
        assertText(ask(Images.grey1000x700(), "FIF=t1000.tif&OBJ=basic-info&OBJ=Min-Max-sample-values"
                + "&OBJ=Resolutions&OBJ=tile-size"), "application/vnd.netfpx",
                "\r\nIIP-server:3.65\r\nMax-size:1000 700\r\nResolution-number:4\r\nColorspace,0-3,0:0 0 1 1 0\r\n"
                        + "Min-Max-sample-values: 0  255\r\nResolutions:125 87,250 175,500 350,1000 700\r\n"
                        + "Tile-size:128 128\r\n");
    }

    @Test
    void optionalListsAndColorspaceWithASuffix() {
        assertText(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=iip-opt-comm&OBJ=iip-opt-obj&OBJ=colorspace,0-2,0"),
                "application/vnd.netfpx",
                "\r\nIIP-opt-comm:CVT CNT QLT JTL JTLS WID HEI RGN MINMAX SHD CMP INV CTW\r\n"
                        + "IIP-opt-obj:Horizontal-views Vertical-views Tile-size Bits-per-channel"
                        + " Min-Max-sample-values Resolutions\r\nColorspace,0-2,0:0 0 3 3 0 1 2\r\n");
    }

    @Test
    void namesAndValuesAreCaseInsensitive() {
        assertText(ask(Images.rgb1000(), "fif=t1000.tif&obj=max-SIZE&=x&y="), "application/vnd.netfpx",
                "\r\nMax-size:1000 1000\r\n");
    }

    @Test
    void objectsThatNeedNoImage() {
        ProtocolResponse r = ask(Images.rgb1000(), "OBJ=IIP,1.0&OBJ=IIP-server");
        assertText(r, "application/vnd.netfpx", "IIP:1.0\r\nIIP-server:3.65\r\n");
        assertThat(r.lastModified()).isNull();
    }

    @Test
    void colourSpacesAsIipsrvNumbersThem() {
        assertThat(text(ask(info(ColourSpace.CIELAB, 3, 16, SampleType.UNSIGNED), "FIF=t1000.tif&OBJ=colorspace")))
                .isEqualTo("\r\nColorspace,0-0,0:1 0 4 3 0 1 2\r\n");
        assertThat(text(ask(info(ColourSpace.BILEVEL, 1, 1, SampleType.UNSIGNED), "FIF=t1000.tif&OBJ=colorspace")))
                .isEqualTo("\r\nColorspace,0-0,0:0 0 3 3 0 1 2\r\n");
        assertThat(text(ask(info(ColourSpace.PALETTE, 1, 8, SampleType.UNSIGNED), "FIF=t1000.tif&OBJ=colorspace")))
                .isEqualTo("\r\nColorspace,0-0,0:0 0 1 1 0\r\n");
    }

    @Test
    void sampleRangesAsFloats() {
        assertThat(text(ask(info(ColourSpace.GREY, 1, 16, SampleType.SIGNED), "FIF=t1000.tif&OBJ=min-max-sample-values"
                + "&OBJ=bits-per-channel"))).isEqualTo("\r\nMin-Max-sample-values: -32768  32767\r\nBits-per-channel:16\r\n");
        ImageInfo floats = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10))
                .samples(1, 32, SampleType.FLOAT, ColourSpace.GREY).range(new double[] {-0.1}, new double[] {1e-5})
                .build();
        assertThat(text(ask(floats, "FIF=t1000.tif&OBJ=min-max-sample-values")))
                .isEqualTo("\r\nMin-Max-sample-values: -0.100000001  9.99999975e-06\r\n");
    }

    @Test
    void sampleRangesAsMinmaxLeftThem() {
        assertThat(text(ask(Images.rgb1000(), "FIF=t1000.tif&MINMAX=1:10,200.5&OBJ=min-max-sample-values"
                + "&MINMAX=-:0.1,1&OBJ=min-max-sample-values"))).isEqualTo("\r\nMin-Max-sample-values: 0  255  10"
                        + "  200.5  0  255\r\nMin-Max-sample-values: 0.100000001  1  0.100000001  1  0.100000001  1\r\n");
    }

    @Test
    void viewsListTheAnglesAsIipsrvPrintsThem() {
        ImageInfo sequence = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10))
                .angles(new ViewAngles(List.of(-30, 0, 30, 345), List.of(0, 45, 90))).build();
        assertThat(text(ask(sequence, "FIF=t1000.tif&OBJ=horizontal-views&OBJ=vertical-views")))
                .isEqualTo("\r\nHorizontal-views:-30 0 30 345\r\nVertical-views:0 45 90\r\n");
        // snprintf into 8 bytes keeps seven characters, so a seven-digit angle loses its space, and the last
        // character is cut whatever it is
        assertThat(ObjResponder.views("V:", List.of(1234567, 5, -123456))).isEqualTo("V:12345675 -12345");
    }

    @Test
    void dpiWhenKnown() {
        ImageInfo dpi = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10)).dpi(300, 72.5).build();
        assertThat(text(ask(dpi, "FIF=t1000.tif&OBJ=dpi"))).isEqualTo("\r\nDPI:300.000000 72.500000\r\n");
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=dpi"), "Error/25:2 1 FIF=t1000.tif&OBJ=\r\n");
    }

    @Test
    void metadataFieldsAsText() {
        ImageInfo meta = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10)).metadata("title", "A \"title\"")
                .metadata("rights", "CC-BY").metadata("date", "2026:01:01").metadata("xmp", "<x:xmpmeta/>")
                .metadata("icc", "binary").build();
        assertText(ask(meta, "FIF=t1000.tif&OBJ=title"), "text/plain", "\r\nA \"title\"\r\n");
        assertText(ask(meta, "FIF=t1000.tif&OBJ=xmp"), "application/xml", "\r\n<x:xmpmeta/>\r\n");
        assertText(ask(meta, "FIF=t1000.tif&OBJ=summary-info"), "text/plain", "\r\nCC-BY\r\n2026:01:01\r\n");
        assertText(ask(meta, "FIF=t1000.tif&OBJ=max-size&OBJ=title"), "text/plain",
                "\r\nMax-size:10 10\r\nA \"title\"\r\n");
        assertText(ask(meta, "FIF=t1000.tif&OBJ=metadata"), "application/json",
                "\r\n{ \n\t\"date\": \"2026:01:01\",\n\t\"rights\": \"CC-BY\",\n\t\"title\": \"A \\\"title\\\"\"\n}\r\n");
        assertText(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=metadata"), "application/json", "\r\n{\n}\r\n");
    }

    /** iipsrv 1.3's stack JSON, its scales C floats printed with 9 significant digits. */
    @Test
    void aStacksPagesAsJson() {
        ImageInfo stack = ImageInfo.builder().addLevel(new Level(10, 10, 10, 10))
                .stackPage(new StackPage("band \"a\"", 0.35)).stackPage(new StackPage("", 1)).build();
        assertText(ask(stack, "FIF=t1000.tif&OBJ=stack"), "application/json",
                "\r\n[ \n\t{\n\t\t\"id\": 0,\n\t\t\"name\": \"band \\\"a\\\"\",\n\t\t\"scale\": 0.349999994\n\t},"
                        + "\n\t{\n\t\t\"id\": 1,\n\t\t\"name\": \"\",\n\t\t\"scale\": 1\n\t}\n]\r\n");
    }

    @Test
    void unknownCommandsAndObjectsAreIipErrors() {
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&FOO=bar&OBJ=basic-info"), "Error/7:2 2 FOO\r\n");
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=nonsense"), "Error/12:3 2 nonsense\r\n");
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=basic-info&OBJ=bogus&BAR=1"),
                "Error/9:3 2 bogus\r\nError/7:2 2 BAR\r\n");
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=Nonsense%0D%0A"), "Error/14:3 2 nonsense??\r\n");
    }

    @Test
    void noAnswerIsAnError() {
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif"), "Error/17:2 1 FIF=t1000.tif\r\n");
        // iipsrv cuts the error line after 31 characters.
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=title"), "Error/27:2 1 FIF=t1000.tif&OBJ=\r\n");
        assertError(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=stack"), "Error/27:2 1 FIF=t1000.tif&OBJ=\r\n");
    }

    @Test
    void processingCommandsDoNotChangeTextAnswers() {
        assertText(ask(Images.rgb1000(), "FIF=t1000.tif&OBJ=max-size&INV&CNT=2"), "application/vnd.netfpx",
                "\r\nMax-size:1000 1000\r\n");
    }

    @Test
    void objectsAboutTheImageNeedFifFirst() {
        assertThatThrownBy(() -> ask(Images.rgb1000(), "OBJ=basic-info")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ask(Images.rgb1000(), "OBJ=max-size&FIF=t1000.tif"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ask(Images.rgb1000(), "FIF=other.tif&OBJ=max-size"))
                .isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void anEmptyQueryGetsTheServerPage() {
        ProtocolResponse r = ask(Images.rgb1000(), "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).startsWith("text/html");
        assertThat(text(r)).contains("Internet Imaging Protocol");
    }

    private static ImageInfo info(ColourSpace space, int bands, int bits, SampleType type) {
        return ImageInfo.builder().addLevel(new Level(10, 10, 10, 10)).samples(bands, bits, type, space).build();
    }
}
