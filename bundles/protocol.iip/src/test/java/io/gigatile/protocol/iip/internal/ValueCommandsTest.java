/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.StackPage;
import io.gigatile.api.ViewAngles;
import io.gigatile.api.testing.RecordingImageService;
import io.gigatile.api.testing.RecordingImageService.SampleRead;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPECTRA's XML and PFL's JSON, byte for byte as iipsrv's SPECTRA.cc and PFL.cc format them. By default the test
 * double answers a 16-bit grey ramp whose sample at level coordinates x, y is 1000 x view + x + y.
 */
class ValueCommandsTest {
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<spectra>\n";
    private RecordingImageService service = service(Images.rgb1000());

    private static RecordingImageService service(ImageInfo info) {
        return new RecordingImageService("t.tif", info, new ServiceLimits(5000, true), Set.of("jpg"));
    }

    private ProtocolResponse ask(String query) {
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    private String text(String query) {
        return new String(ask(query).body(), StandardCharsets.UTF_8);
    }

    private static String point(String wavelength, String reflectance) {
        return "\t<point>\n\t\t<wavelength>" + wavelength + "</wavelength>\n\t\t<reflectance>" + reflectance
                + "</reflectance>\n\t</point>\n";
    }

    /** Three horizontal views at angles 0, 10 and 20, two vertical at 0 and 45; one 1000x1000 level. */
    private static ImageInfo sequence() {
        return ImageInfo.builder().addLevel(new Level(1000, 1000, 256, 256))
                .samples(1, 16, SampleType.UNSIGNED, ColourSpace.GREY)
                .angles(new ViewAngles(List.of(0, 10, 20), List.of(0, 45))).build();
    }

    /** From now on, rasters of the rectangle's size whose 8-bit samples repeat {@code values}. */
    private void bytes(int bands, int... values) {
        service.withSamples((vx, vy, level, rect) -> {
            byte[] samples = new byte[rect.width() * rect.height() * bands];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (byte) values[i % values.length];
            }
            return Raster.ofBytes(rect.width(), rect.height(), bands, ColourSpace.SRGB, samples);
        });
    }

    /** Signed 16-bit grey samples repeating {@code values}. */
    private void shorts(int... values) {
        service.withSamples((vx, vy, level, rect) -> {
            short[] samples = new short[rect.width() * rect.height()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) values[i % values.length];
            }
            return Raster.ofShorts(rect.width(), rect.height(), 1, 16, SampleType.SIGNED, ColourSpace.GREY, samples);
        });
    }

    /** Unsigned 32-bit grey samples repeating {@code values}. */
    private void ints(int... values) {
        service.withSamples((vx, vy, level, rect) -> {
            int[] samples = new int[rect.width() * rect.height()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = values[i % values.length];
            }
            return Raster.ofInts(rect.width(), rect.height(), 1, SampleType.UNSIGNED, ColourSpace.GREY, samples);
        });
    }

    /** Floating point grey samples repeating {@code values}. */
    private void floats(float... values) {
        service.withSamples((vx, vy, level, rect) -> {
            float[] samples = new float[rect.width() * rect.height()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = values[i % values.length];
            }
            return Raster.ofFloats(rect.width(), rect.height(), 1, ColourSpace.GREY, samples);
        });
    }

    @Test
    void spectraOfOneImage() {
        ProtocolResponse r = ask("FIF=t.tif&SPECTRA=2,5,3,4");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).isEqualTo("application/xml");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        // tile 5 is column 1, row 1: the pixel at 259, 260 holds 519, and 519 / 65535 prints as 0.007919
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo(XML_HEAD + point("0", "0.007919") + "</spectra>");
        assertThat(service.sampled()).containsExactly(new SampleRead(0, 0, 0, new Rect(259, 260, 1, 1)));
    }

    @Test
    void spectraOfEveryHorizontalViewAtTheVerticalViewSdsChose() {
        service = service(sequence());
        assertThat(text("FIF=t.tif&SDS=0,45&SPECTRA=0,5,3,4")).isEqualTo(XML_HEAD + point("0", "0.007919")
                + point("10", "0.023178") + point("20", "0.038437") + "</spectra>");
        assertThat(service.sampled()).extracting(s -> s.viewX() + "," + s.viewY())
                .containsExactly("0,1", "1,1", "2,1");
    }

    @Test
    void spectraScalesAsIipsrvDoes() {
        bytes(3, 200, 10, 20);
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).as("8-bit: the first band / 255")
                .isEqualTo(XML_HEAD + point("0", "0.784314") + "</spectra>");
        shorts(-5);
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).as("signed 16-bit / 65535")
                .isEqualTo(XML_HEAD + point("0", "-0.000076") + "</spectra>");
        ints(70000);
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).as("32-bit integers as they are")
                .isEqualTo(XML_HEAD + point("0", "70000.000000") + "</spectra>");
        ints(-1);
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).as("unsigned")
                .isEqualTo(XML_HEAD + point("0", "4294967296.000000") + "</spectra>");
        floats(0.25f);
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).as("floats as they are")
                .isEqualTo(XML_HEAD + point("0", "0.250000") + "</spectra>");
    }

    @Test
    void spectraPastASmallerEdgeTileIsAnEmptyList() {
        service = service(Images.grey1000x700());
        // the last column of tiles at the full resolution is 104 pixels wide
        assertThat(text("FIF=t.tif&SPECTRA=3,7,110,0")).isEqualTo(XML_HEAD + "</spectra>");
        assertThat(service.sampled()).isEmpty();
        text("FIF=t.tif&SPECTRA=3,7,103,0");
        assertThat(service.sampled()).containsExactly(new SampleRead(0, 0, 0, new Rect(999, 0, 1, 1)));
    }

    @Test
    void spectraOutsideTheImageOrMalformed() {
        service = service(Images.grey1000x700());
        for (String query : new String[] {"FIF=t.tif&SPECTRA=3,0,128,0", "FIF=t.tif&SPECTRA=3,0,0,128",
            "FIF=t.tif&SPECTRA=4,0,0,0", "FIF=t.tif&SPECTRA=3,48,0,0", "FIF=t.tif&SPECTRA=3,0,0",
            "FIF=t.tif&SPECTRA=a,0,0,0", "FIF=t.tif&SPECTRA=3,0,-1,0", "SPECTRA=0,0,0,0"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.sampled()).isEmpty();
    }

    @Test
    void profileLines() {
        ProtocolResponse r = ask("FIF=t.tif&PFL=2:10,20-15,20");
        assertThat(r.mediaType()).isEqualTo("application/json");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\n\t\"profile\": [30,31,32,33,34]\n}");
        assertThat(text("FIF=t.tif&PFL=2:10,20-10,23")).as("vertical").isEqualTo("{\n\t\"profile\": [30,31,32]\n}");
        assertThat(text("FIF=t.tif&PFL=2:10,20-5,22")).as("vertical, x2 left of x1")
                .isEqualTo("{\n\t\"profile\": [30,31]\n}");
        assertThat(text("FIF=t.tif&PFL=2:10,20-12,900")).as("horizontal at y1")
                .isEqualTo("{\n\t\"profile\": [30,31]\n}");
        assertThat(text("FIF=t.tif&PFL=2:10,20")).as("a point").isEqualTo("{\n\t\"profile\": [30]\n}");
        assertThat(text("FIF=t.tif&PFL=2:10,20-5,10")).as("a point").isEqualTo("{\n\t\"profile\": [30]\n}");
        assertThat(text("FIF=t.tif&PFL=0:1,1-3,1")).as("the smallest resolution")
                .isEqualTo("{\n\t\"profile\": [2,3]\n}");
        assertThat(text("FIF=t.tif&PFL=2:999,0-1000,0")).as("the end may be the edge")
                .isEqualTo("{\n\t\"profile\": [999]\n}");
        assertThat(service.sampled()).extracting(SampleRead::level, SampleRead::rect).containsExactly(
                tuple(0, new Rect(10, 20, 5, 1)),
                tuple(0, new Rect(10, 20, 1, 3)),
                tuple(0, new Rect(10, 20, 1, 2)),
                tuple(0, new Rect(10, 20, 2, 1)),
                tuple(0, new Rect(10, 20, 1, 1)),
                tuple(0, new Rect(10, 20, 1, 1)),
                tuple(2, new Rect(1, 1, 2, 1)),
                tuple(0, new Rect(999, 0, 1, 1)));
    }

    /** A stack's pages go by their names where they have one, and PFL scales each page's values (iipsrv 1.3). */
    @Test
    void aStacksPagesByTheirNamesAndScales() {
        ImageInfo stack = ImageInfo.builder().addLevel(new Level(1000, 1000, 256, 256))
                .samples(1, 16, SampleType.UNSIGNED, ColourSpace.GREY)
                .angles(new ViewAngles(List.of(0, 1, 2), List.of(90)))
                .stackPage(new StackPage("red <R>", 0.5)).stackPage(new StackPage("", 1))
                .stackPage(new StackPage("nir", 2)).build();
        service = service(stack);
        assertThat(text("FIF=t.tif&PFL=0:0,0-2,0")).isEqualTo("{\n\t\"profile\": {\n\t\t\"red <R>\": [0,0.5],\n"
                + "\t\t\"1\": [1000,1001],\n\t\t\"nir\": [4000,4002]\n\t}\n}");
        assertThat(text("FIF=t.tif&SPECTRA=0,0,0,0")).isEqualTo(XML_HEAD + point("red &lt;R&gt;", "0.000000")
                + point("1", "0.015259") + point("nir", "0.030518") + "</spectra>");
    }

    @Test
    void profileOfEveryViewUnderItsAngle() {
        service = service(sequence());
        assertThat(text("FIF=t.tif&SDS=0,45&PFL=0:0,0-2,0")).isEqualTo("{\n\t\"profile\": {\n\t\t\"0\": [0,1],\n"
                + "\t\t\"10\": [1000,1001],\n\t\t\"20\": [2000,2001]\n\t}\n}");
        assertThat(service.sampled()).extracting(s -> s.viewX() + "," + s.viewY())
                .containsExactly("0,1", "1,1", "2,1");
    }

    @Test
    void profileValuesPrintAsIipsrvsStreamPrintsThem() {
        bytes(3, 255, 0, 128, 1, 2, 3);
        assertThat(text("FIF=t.tif&PFL=0:0,0-2,0")).as("8-bit RGB: every band of each pixel")
                .isEqualTo("{\n\t\"profile\": [255,0,128,1,2,3]\n}");
        shorts(-5, 32767);
        assertThat(text("FIF=t.tif&PFL=0:0,0-2,0")).isEqualTo("{\n\t\"profile\": [-5,32767]\n}");
        ints(100000, 1234567, -1);
        assertThat(text("FIF=t.tif&PFL=0:0,0-3,0")).as("six significant digits")
                .isEqualTo("{\n\t\"profile\": [100000,1.23457e+06,4.29497e+09]\n}");
        floats(0.5f, 0.1f, 1234.5678f, -0.0f, 3.0e9f);
        assertThat(text("FIF=t.tif&PFL=0:0,0-5,0")).as("floats with nine decimals").isEqualTo(
                "{\n\t\"profile\": [0.500000000,0.100000001,1234.567749023,-0.000000000,3000000000.000000000]\n}");
    }

    @Test
    void profileOutsideTheImageMalformedOrTooLong() {
        for (String query : new String[] {"FIF=t.tif&PFL=2,0,0", "FIF=t.tif&PFL=3:0,0", "FIF=t.tif&PFL=2:1001,0",
            "FIF=t.tif&PFL=2:1000,0", "FIF=t.tif&PFL=2:0,1000", "FIF=t.tif&PFL=2:0,0-1001,0",
            "FIF=t.tif&PFL=2:0,0-5,1001", "FIF=t.tif&PFL=2:0,0-1,1-2,2", "FIF=t.tif&PFL=2:a,0",
            "FIF=t.tif&PFL=2:0,0,0", "FIF=t.tif&PFL=2:0", "FIF=t.tif&PFL=2:-1,0", "PFL=0:0,0"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
        service = service(ImageInfo.builder().addLevel(new Level(2_000_000, 10, 256, 256))
                .samples(1, 8, SampleType.UNSIGNED, ColourSpace.GREY).build());
        assertThatThrownBy(() -> ask("FIF=t.tif&PFL=0:0,0-2000000,0")).isInstanceOf(BadRequestException.class)
                .hasMessage("PFL profile is too long");
        assertThat(service.sampled()).isEmpty();
    }
}
