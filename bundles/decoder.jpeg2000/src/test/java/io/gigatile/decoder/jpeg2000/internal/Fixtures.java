/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import io.gigatile.api.SampleType;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.ClosingSource;
import io.gigatile.api.testing.LocalImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The JPEG 2000 fixtures of bundles/jp2.codestream (made by its make-fixtures.sh) and the pixels they hold in
 * all their layers: the reference PNG that script names for each; and this module's own (fixtures-decoder).
 */
final class Fixtures {
    static final String RGB_TILED = "jp2-rgb-640x480-tile256-r5-l3.jp2";
    static final String RGB_UNTILED = "jp2-rgb-640x480-untiled-r4-l1.jp2";
    static final String GREY_CODESTREAM = "j2k-grey-500x350-tile128-r4-l2.j2k";
    static final String RGB_JPX = "jpx-rgb-640x480-tile256-r5-l3.jpx";
    static final String GREY16 = "jp2-grey16-300x200-tile128-r3-l2.jp2";
    static final String GREY12 = "jp2-grey12-300x200-tile128-r3-l2.jp2";
    static final String RGBA = "jp2-rgba-256x192-tile128-r3-l1.jp2";
    static final String ICC_XML = "jp2-rgb-icc-xml-256x192-tile128-r3-l1.jp2";
    static final String TRUNCATED = "jp2-truncated.jp2";
    static final String LYING_SIZ = "jp2-lying-siz.jp2";
    static final String BAD_BOX = "jp2-bad-box.jp2";
    /** Lossy: its reference is the image it was made from; OPJ_IRREVERSIBLE what OpenJPEG decodes. */
    static final String IRREVERSIBLE = "j2k-rgba-irreversible-rpcl-tlm-plt-tileparts-offset-256x192-tile64-r4-l3.j2k";
    static final String OPJ_IRREVERSIBLE = "ref-opj-rgba-irreversible-256x192.png";
    /** Lossy without a decomposition level (one resolution, 16-pixel tiles), and what OpenJPEG decodes. */
    static final String IRREVERSIBLE_FLAT = "jp2-rgb-lossy-40x24-tile16.jp2";
    static final String OPJ_IRREVERSIBLE_FLAT = "ref-opj-rgb-lossy-40x24.png";

    private Fixtures() {
    }

    /** @return the fixture's path */
    static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            url = Fixtures.class.getResource("/fixtures-decoder/" + name);
        }
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

    /** @return a fixture opened as the engine opens it; closing the source closes its bytes */
    static ImageSource open(Jpeg2000Decoder decoder, String name) {
        StoredImage image = file(name);
        ByteSource bytes = image.open();
        try {
            return new ClosingSource(decoder.open(image, bytes), bytes);
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** @return the decoder as the server runs it */
    static Jpeg2000Decoder decoder() {
        return new Jpeg2000Decoder(Jpeg2000Decoder.DEFAULT_MAX_DECODE_MEGAPIXELS * 1_000_000L,
                Jpeg2000Decoder.TILE_SIZE);
    }

    /** @return the pixels a fixture holds in all its layers, in the raster format the decoder gives */
    static Raster expected(String name) {
        return switch (name) {
            case RGB_TILED, RGB_UNTILED, RGB_JPX -> png("ref-rgb-640x480.png", 8);
            case GREY_CODESTREAM -> png("ref-grey-500x350.png", 8);
            case GREY16 -> png("ref-grey16-300x200.png", 16);
            case GREY12 -> png("ref-grey12-300x200.png", 12);
            case RGBA, IRREVERSIBLE -> png("ref-rgba-256x192.png", 8);
            case ICC_XML -> png("ref-rgb-256x192.png", 8);
            default -> throw new IllegalArgumentException("no reference for " + name);
        };
    }

    /**
     * @param name a reference PNG
     * @param bits the bits its samples hold: 8, or up to 16 in a 16-bit PNG
     * @return its pixels: bytes for 8 bits, shorts above
     */
    static Raster png(String name, int bits) {
        try {
            BufferedImage image = ImageIO.read(path(name).toFile());
            int bands = image.getRaster().getNumBands();
            int[] pixels = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
            ColourSpace colour = bands <= 2 ? ColourSpace.GREY : ColourSpace.SRGB;
            if (bits <= 8) {
                byte[] samples = new byte[pixels.length];
                for (int i = 0; i < pixels.length; i++) {
                    samples[i] = (byte) pixels[i];
                }
                return Raster.ofBytes(image.getWidth(), image.getHeight(), bands, colour, samples);
            }
            short[] samples = new short[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                samples[i] = (short) pixels[i];
            }
            return Raster.ofShorts(image.getWidth(), image.getHeight(), bands, bits, SampleType.UNSIGNED, colour,
                    samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a rectangle of a raster's samples, in a new array */
    static Object crop(Raster in, Rect rect) {
        Object samples = samples(in);
        int bands = in.bands();
        Object out = Array.newInstance(samples.getClass().getComponentType(), rect.width() * rect.height() * bands);
        for (int y = 0; y < rect.height(); y++) {
            System.arraycopy(samples, ((rect.y() + y) * in.width() + rect.x()) * bands, out,
                    y * rect.width() * bands, rect.width() * bands);
        }
        return out;
    }

    /** @return a raster's sample array, bytes or shorts */
    static Object samples(Raster r) {
        return r.isByteBacked() ? r.bytes() : r.shorts();
    }

    /** @return sample {@code i} of bytes or shorts, unsigned */
    static int sample(Object samples, int i) {
        return samples instanceof byte[] b ? b[i] & 0xFF : ((short[]) samples)[i] & 0xFFFF;
    }
}
