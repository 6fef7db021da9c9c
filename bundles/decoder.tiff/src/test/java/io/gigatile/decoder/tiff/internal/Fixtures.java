/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageFile;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
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
    private static final Pattern SIZE = Pattern.compile("-(\\d+)x(\\d+)-");

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
    static ImageFile file(String name) {
        return file(path(name));
    }

    /** @return any file as a store resolves it */
    static ImageFile file(Path path) {
        try {
            return new ImageFile(path.getFileName().toString(), path, Files.getLastModifiedTime(path).toInstant(),
                    Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The full-resolution pixels a fixture holds, from its name: grey or RGB, its size (a top-left crop of the
     * reference), and inverted for MinIsWhite.
     */
    static Raster expected(String name) {
        boolean grey = name.startsWith("tif-grey-");
        Matcher size = SIZE.matcher(name);
        if (!size.find()) {
            throw new IllegalArgumentException("no size in " + name);
        }
        Raster full = reference(grey);
        Raster crop = crop(full, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
        if (name.contains("-miniswhite-")) {
            byte[] samples = crop.bytes();
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (byte) (255 - (samples[i] & 0xff));
            }
        }
        return crop;
    }

    /** @return the reference image, 1000 x 700 */
    static Raster reference(boolean grey) {
        Path png = path(grey ? "ref-grey-1000x700.png" : "ref-rgb-1000x700.png");
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
