/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.imageio.internal;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.gigatile.api.ByteSource;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.ClosingSource;
import io.gigatile.api.testing.LocalImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;

/** The fixtures of src/test/resources/fixtures (made by src/test/fixtures/make-fixtures.sh), and decoders. */
final class Fixtures {

    private Fixtures() {
    }

    /** @return a decoder as the server has it: TwelveMonkeys' readers published, the JDK's after them */
    static ImageIoDecoder decoder() {
        return decoder(Limits.defaults(), 64L << 20, 4);
    }

    static ImageIoDecoder decoder(Limits limits, long cacheBytes, int decodes) {
        ReaderProviders providers = new ReaderProviders(ReaderProviders.jdkProviders(), Set.of("tif", "tiff"));
        providers.add(new JPEGImageReaderSpi(), 0);
        providers.add(new WebPImageReaderSpi(), 0);
        return new ImageIoDecoder(providers, limits, cacheBytes, decodes);
    }

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

    static StoredImage file(String name) {
        return LocalImages.of(path(name));
    }

    /** Opens an image as the engine does; closing the source closes its bytes too. */
    static ImageSource open(ImageIoDecoder decoder, StoredImage image) {
        ByteSource bytes = image.open();
        try {
            return new ClosingSource(decoder.open(image, bytes), bytes);
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /**
     * @param reference a PNG of the fixture's pixels, read by the JDK
     * @param bands 1 grey, 3 RGB, 4 RGBA
     * @param bits 8 or 16
     * @return its pixels as the decoder gives them
     */
    static Raster expected(String reference, int bands, int bits) {
        BufferedImage img;
        try {
            img = ImageIO.read(path(reference).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int w = img.getWidth();
        int h = img.getHeight();
        ColourSpace space = bands < 3 ? ColourSpace.GREY : ColourSpace.SRGB;
        if (bits == 16) {
            int[] px = img.getRaster().getPixels(0, 0, w, h, (int[]) null);
            short[] s = new short[px.length];
            for (int i = 0; i < px.length; i++) {
                s[i] = (short) px[i];
            }
            return Raster.ofShorts(w, h, bands, 16, SampleType.UNSIGNED, space, s);
        }
        byte[] out = new byte[w * h * bands];
        if (bands == 1) {
            int[] px = img.getRaster().getPixels(0, 0, w, h, (int[]) null);
            for (int i = 0; i < px.length; i++) {
                out[i] = (byte) px[i];
            }
            return Raster.ofBytes(w, h, 1, space, out);
        }
        int o = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                out[o++] = (byte) (p >> 16);
                out[o++] = (byte) (p >> 8);
                out[o++] = (byte) p;
                if (bands == 4) {
                    out[o++] = (byte) (p >>> 24);
                }
            }
        }
        return Raster.ofBytes(w, h, bands, space, out);
    }
}
