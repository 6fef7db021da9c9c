/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import static org.assertj.core.api.Assertions.fail;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The JPEG 2000 fixtures (bundles/jp2.codestream/src/test/resources/fixtures, made by make-fixtures.sh), the
 * pixels they hold, and the library and decoder the tests use.
 */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * The system's OpenJPEG. It is installed wherever these tests run (CI installs libopenjp2-7): a library that
     * does not load fails the tests rather than skipping them.
     */
    static OpenJpegLibrary library() {
        OpenJpegLibrary.Loaded loaded = OpenJpegLibrary.load(OpenJpegLibrary.NAMES);
        if (loaded.library().isEmpty()) {
            fail("libopenjp2 does not load (install libopenjp2-7): " + loaded.reason());
        }
        return loaded.library().get();
    }

    /** @return a decoder as the component makes it by default */
    static OpenJpegDecoder decoder() {
        return new OpenJpegDecoder(library(), OpenJpegDecoder.DEFAULT_THREADS, OpenJpegDecoder.DEFAULT_MAX_PIXELS,
                OpenJpegDecoder.TILE_SIZE);
    }

    /** @return the fixture's path */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the fixture as a store resolves it */
    static StoredImage file(String name) {
        return LocalImages.of(path(name));
    }

    /**
     * The pixels a valid fixture holds in all its layers, as make-fixtures.sh's header names their reference, in
     * the raster format the decoder gives.
     *
     * @param name the fixture
     * @return its full-resolution pixels
     */
    static Raster expected(String name) {
        return switch (name) {
            case "jp2-rgb-640x480-tile256-r5-l3.jp2", "jpx-rgb-640x480-tile256-r5-l3.jpx",
                    "jp2-rgb-640x480-untiled-r4-l1.jp2" -> png("ref-rgb-640x480.png", 8, ColourSpace.SRGB);
            case "j2k-grey-500x350-tile128-r4-l2.j2k" -> png("ref-grey-500x350.png", 8, ColourSpace.GREY);
            case "jp2-grey16-300x200-tile128-r3-l2.jp2" -> png("ref-grey16-300x200.png", 16, ColourSpace.GREY);
            case "jp2-grey12-300x200-tile128-r3-l2.jp2" -> png("ref-grey12-300x200.png", 12, ColourSpace.GREY);
            case "jp2-rgba-256x192-tile128-r3-l1.jp2" -> png("ref-rgba-256x192.png", 8, ColourSpace.SRGB);
            case "jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2" -> png("ref-rgb-256x192.png", 8, ColourSpace.SRGB);
            default -> throw new IllegalArgumentException("no expected pixels for " + name);
        };
    }

    /**
     * A reference PNG as the decoder gives its pixels: 8-bit PNGs as bytes, 16-bit ones as shorts of
     * {@code bits} significant bits.
     *
     * @param name the PNG's name
     * @param bits the significant bits of the JPEG 2000 fixture made from it
     * @param colour the colour space the decoder reports
     * @return the raster
     */
    static Raster png(String name, int bits, ColourSpace colour) {
        BufferedImage image;
        try {
            image = ImageIO.read(path(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = image.getRaster().getNumBands();
        int[] pixels = image.getRaster().getPixels(0, 0, w, h, (int[]) null);
        if (bits <= 8) {
            byte[] samples = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                samples[i] = (byte) pixels[i];
            }
            return Raster.ofBytes(w, h, bands, bits, SampleType.UNSIGNED, colour, samples);
        }
        short[] samples = new short[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            samples[i] = (short) pixels[i];
        }
        return Raster.ofShorts(w, h, bands, bits, SampleType.UNSIGNED, colour, samples);
    }
}
