/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageDecoder;
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
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** The fixtures of src/test/resources/fixtures (made by make-fixtures.sh) and the pixels they hold. */
final class Fixtures {
    private static final Pattern SIZE = Pattern.compile("-(\\d+)x(\\d+)[-.]");

    private Fixtures() {
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
        return file(path(name));
    }

    /** @return any file as a store resolves it */
    static StoredImage file(Path path) {
        return LocalImages.of(path);
    }

    /**
     * Opens an image as the engine does, with its bytes open for as long as the source.
     *
     * @param decoder the decoder
     * @param image the image
     * @return the source; closing it closes the bytes too
     */
    static ImageSource open(ImageDecoder decoder, StoredImage image) {
        ByteSource bytes = image.open();
        try {
            return new ClosingSource(decoder.open(image, bytes), bytes);
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /**
     * The full-resolution pixels a fixture holds, from its name: its kind (the word after {@code tif-}) and its
     * size (a top-left crop of the reference), in the raster format the decoder gives for that kind.
     */
    static Raster expected(String name) {
        Matcher size = SIZE.matcher(name);
        if (!size.find()) {
            throw new IllegalArgumentException("no size in " + name);
        }
        int width = Integer.parseInt(size.group(1));
        int height = Integer.parseInt(size.group(2));
        String kind = name.substring(4, name.indexOf('-', 4));
        if (kind.startsWith("cielab")) {
            return Lab.expected(kind, width, height);
        }
        if (kind.equals("palette")) {
            return crop(png("ref-palette-256x192.png"), width, height);
        }
        boolean grey = kind.startsWith("grey") || kind.equals("float");
        byte[] ref = crop(reference(grey), width, height).bytes();
        int n = width * height;
        return switch (kind) {
            case "grey", "rgb" -> {
                Raster crop = Raster.ofBytes(width, height, grey ? 1 : 3, grey ? ColourSpace.GREY : ColourSpace.SRGB,
                        ref);
                // this fixture's samples were retagged as MinIsWhite, so they now mean their inverse
                if (name.contains("-miniswhite-")) {
                    for (int i = 0; i < ref.length; i++) {
                        ref[i] = (byte) (255 - (ref[i] & 0xff));
                    }
                }
                yield crop;
            }
            case "grey1", "grey2", "grey4" -> {
                int bits = kind.charAt(4) - '0';
                byte[] top = new byte[n];
                for (int i = 0; i < n; i++) {
                    // the 1-bit fixtures hold the crop doubled (see make-fixtures.sh)
                    int value = bits == 1 ? 2 * (ref[i] & 0xff) : ref[i] & 0xff;
                    top[i] = (byte) (value >> (8 - bits));
                }
                yield Raster.ofBytes(width, height, 1, bits, SampleType.UNSIGNED,
                        bits == 1 ? ColourSpace.BILEVEL : ColourSpace.GREY, top);
            }
            case "grey16", "rgb16", "grey16signed" -> {
                boolean signed = kind.endsWith("signed");
                short[] wide = new short[ref.length];
                for (int i = 0; i < ref.length; i++) {
                    wide[i] = (short) ((ref[i] & 0xff) * 257 - (signed ? 32768 : 0));
                }
                yield Raster.ofShorts(width, height, grey ? 1 : 3, 16, signed ? SampleType.SIGNED : SampleType.UNSIGNED,
                        grey ? ColourSpace.GREY : ColourSpace.SRGB, wide);
            }
            case "grey32uint", "grey32int" -> {
                boolean signed = kind.equals("grey32int");
                int[] wide = new int[n];
                for (int i = 0; i < n; i++) {
                    wide[i] = (int) ((ref[i] & 0xff) * 16777216L - (signed ? 1L << 31 : 0));
                }
                yield Raster.ofInts(width, height, 1, signed ? SampleType.SIGNED : SampleType.UNSIGNED,
                        ColourSpace.GREY, wide);
            }
            case "float" -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (ref[i] & 0xff) / 256f - 0.25f;
                }
                yield Raster.ofFloats(width, height, 1, ColourSpace.GREY, f);
            }
            default -> extraBands(kind, width, height, ref);
        };
    }

    /** RGB with alpha (the grey image), and five bands: RGB, grey and inverted grey. */
    private static Raster extraBands(String kind, int width, int height, byte[] rgb) {
        byte[] grey = crop(reference(true), width, height).bytes();
        int bands = switch (kind) {
            case "rgba" -> 4;
            case "multiband5" -> 5;
            default -> throw new IllegalArgumentException("no expected pixels for " + kind);
        };
        byte[] out = new byte[width * height * bands];
        for (int i = 0; i < width * height; i++) {
            System.arraycopy(rgb, i * 3, out, i * bands, 3);
            out[i * bands + 3] = grey[i];
            if (bands == 5) {
                out[i * bands + 4] = (byte) (255 - (grey[i] & 0xff));
            }
        }
        return Raster.ofBytes(width, height, bands, bands == 4 ? ColourSpace.SRGB : ColourSpace.MULTIBAND, out);
    }

    /** @return the reference image, 1000 x 700 */
    static Raster reference(boolean grey) {
        return png(grey ? "ref-grey-1000x700.png" : "ref-rgb-1000x700.png");
    }

    /** @return an 8-bit PNG fixture as a raster */
    static Raster png(String name) {
        Path png = path(name);
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            int bands = image.getRaster().getNumBands();
            int[] pixels = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
            byte[] samples = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                samples[i] = (byte) pixels[i];
            }
            return Raster.ofBytes(image.getWidth(), image.getHeight(), bands,
                    bands == 1 ? ColourSpace.GREY : ColourSpace.SRGB, samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the top-left {@code width} x {@code height} of a raster, in a new array */
    static Raster crop(Raster in, int width, int height) {
        return crop(in, new Rect(0, 0, width, height));
    }

    /** @return a rectangle of a raster, in a new array */
    static Raster crop(Raster in, Rect rect) {
        int bands = in.bands();
        byte[] out = new byte[rect.width() * rect.height() * bands];
        for (int y = 0; y < rect.height(); y++) {
            System.arraycopy(in.bytes(), ((rect.y() + y) * in.width() + rect.x()) * bands, out,
                    y * rect.width() * bands, rect.width() * bands);
        }
        return Raster.ofBytes(rect.width(), rect.height(), bands, in.colourSpace(), out);
    }
}
