/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import io.gigatile.codec.turbojpeg.internal.Jpegs.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Measures by hand, never in a test (one thread, 1000 calls after 300 to warm up, median and 90th percentile),
 * the codec against the JDK's on a 256 x 256 RGB tile: run {@code java -cp <test classpath>
 * io.gigatile.codec.turbojpeg.internal.CodecTiming [quality]}. The README's figures come from here. The JDK is
 * timed as its users here call it: a reader kept and reused, its image's own buffer taken as the samples; a writer
 * made per call, from an image filled with the samples.
 */
final class CodecTiming {
    private static final int CALLS = 1000;

    private CodecTiming() {
    }

    public static void main(String[] args) {
        int quality = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        TurboJpegCodec codec = Jpegs.codec();
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        System.out.printf("256x256 RGB, Q%d, %s%n", quality, System.getProperty("java.vm.name") + " "
                + Runtime.version());
        for (boolean textured : new boolean[] {false, true}) {
            Image tile = textured ? textured(Jpegs.picture(256, 256, 3)) : Jpegs.picture(256, 256, 3);
            byte[] jpeg = Jpegs.jdkEncode(tile, quality);
            System.out.printf("%s picture, JDK stream of %d bytes%n", textured ? "textured" : "smooth", jpeg.length);
            for (int round = 0; round < 3; round++) {
                time("decode JDK ImageIO", () -> jdkDecode(reader, jpeg));
                time("decode TurboJPEG", () -> codec.decode(jpeg, 256, 256, 3, false));
                time("encode JDK ImageIO", () -> jdkEncode(tile, quality));
                time("encode TurboJPEG", () -> codec.encode(tile.samples(), 256, 256, 3, quality));
            }
        }
        codec.deactivate();
        reader.dispose();
    }

    /** The picture with noise of up to 24 levels added: streams of the size photographs' tiles make. */
    private static Image textured(Image image) {
        Random random = new Random(1);
        byte[] samples = image.samples().clone();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) Math.max(0, Math.min(255, (samples[i] & 0xff) + random.nextInt(49) - 24));
        }
        return new Image(image.width(), image.height(), image.bands(), samples);
    }

    private static byte[] jdkDecode(ImageReader reader, byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jdkEncode(Image tile, int quality) {
        BufferedImage image = Jpegs.buffered(tile);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void time(String what, Supplier<byte[]> call) {
        for (int i = 0; i < CALLS * 3 / 10; i++) {
            call.get();
        }
        long[] times = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-20s median %5d us, p90 %5d us%n", what, times[CALLS / 2] / 1000,
                times[CALLS * 9 / 10] / 1000);
    }
}
