/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * What the tests share: the library, samples made up here, and the JDK's own JPEG writer and reader as the
 * reference. Every JPEG the tests decode is made by the JDK in the test, so nothing depends on fixture files.
 */
final class Jpegs {

    private Jpegs() {
    }

    /** Samples and their layout. */
    record Image(int width, int height, int bands, byte[] samples) {
    }

    /** The mean and largest absolute difference of two sample arrays. */
    record Difference(double mean, int max) {
    }

    /**
     * The system's TurboJPEG. It is installed wherever these tests run (CI installs libturbojpeg0): a library that
     * does not load fails the tests rather than skipping them.
     */
    static TurboJpegLibrary library() {
        TurboJpegLibrary.Loaded loaded = TurboJpegLibrary.load(TurboJpegLibrary.NAMES, Map.of());
        if (loaded.library().isEmpty()) {
            fail("libturbojpeg does not load (install libturbojpeg0): " + loaded.reason());
        }
        return loaded.library().get();
    }

    /** @return a codec as the component makes it */
    static TurboJpegCodec codec() {
        return new TurboJpegCodec(library(), TurboJpegCodec.MAX_IDLE_HANDLES);
    }

    /**
     * A picture with smooth ramps, a sine pattern and a hard edge, so that both flat and busy blocks are coded.
     *
     * @return {@code width * height * bands} samples
     */
    static Image picture(int width, int height, int bands) {
        byte[] samples = new byte[width * height * bands];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int edge = x > width / 2 && y > height / 2 ? 60 : 0;
                int wave = (int) (40 * Math.sin((x + 2 * y) / 9.0));
                for (int b = 0; b < bands; b++) {
                    int ramp = b == 0 ? x * 200 / width : b == 1 ? y * 200 / height : (x + y) * 100 / (width + height);
                    samples[(y * width + x) * bands + b] = (byte) Math.max(0, Math.min(255, 30 + ramp + wave + edge));
                }
            }
        }
        return new Image(width, height, bands, samples);
    }

    /** @return the samples as a JDK image: grey, or RGB in a BGR buffer as the JDK's codec likes it */
    static BufferedImage buffered(Image image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(),
                image.bands() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        out.getRaster().setPixels(0, 0, image.width(), image.height(), ints(image.samples()));
        return out;
    }

    /** @return the JDK's baseline JFIF JPEG of the image (4:2:0 for colour) */
    static byte[] jdkEncode(Image image, int quality) {
        return JdkWriter.write(buffered(image), quality, JdkWriter.Variant.PLAIN);
    }

    /**
     * @param image the image
     * @param quality 1 to 100
     * @param variant what to change in the JDK's default stream
     * @return the JDK's JPEG of the image
     */
    static byte[] jdkEncode(Image image, int quality, JdkWriter.Variant variant) {
        return JdkWriter.write(buffered(image), quality, variant);
    }

    /** @return a JPEG of four components, which libjpeg reads as CMYK (no Adobe marker) */
    static byte[] cmyk(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.write(null, new IIOImage(raster, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** @return the JDK reader's samples of the stream, as many bands as it reads */
    static Image jdkDecode(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            int w = image.getWidth();
            int h = image.getHeight();
            int bands = image.getRaster().getNumBands();
            int[] pixels = image.getRaster().getPixels(0, 0, w, h, (int[]) null);
            byte[] samples = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                samples[i] = (byte) pixels[i];
            }
            return new Image(w, h, bands, samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how far apart two sample arrays of the same length are */
    static Difference difference(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " samples against " + b.length);
        }
        long sum = 0;
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            int d = Math.abs((a[i] & 0xff) - (b[i] & 0xff));
            sum += d;
            max = Math.max(max, d);
        }
        return new Difference((double) sum / a.length, max);
    }

    private static int[] ints(byte[] samples) {
        int[] out = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = samples[i] & 0xff;
        }
        return out;
    }
}
