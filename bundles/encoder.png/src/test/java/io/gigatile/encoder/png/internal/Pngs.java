/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Test helpers: rasters with known samples, pixel comparisons, reading chunks. */
final class Pngs {
    private Pngs() {
    }

    /** One chunk as read back from a file, its CRC already checked. */
    record Chunk(String type, byte[] data) {
    }

    static ColourSpace colours(int bands) {
        return bands <= 2 ? ColourSpace.GREY : ColourSpace.SRGB;
    }

    /** Smooth ramps with seeded noise on top, so every filter gets chosen somewhere and every value occurs. */
    static Raster bytes(int width, int height, int bands, long seed) {
        Random random = new Random(seed);
        byte[] samples = new byte[width * height * bands];
        for (int i = 0; i < samples.length; i++) {
            int pixel = i / bands;
            int x = pixel % width;
            int y = pixel / width;
            samples[i] = (byte) (x * 3 + y * (i % bands + 1) + random.nextInt(8));
        }
        return Raster.ofBytes(width, height, bands, colours(bands), samples);
    }

    static Raster shorts(int width, int height, int bands, int bits, long seed) {
        Random random = new Random(seed);
        short[] samples = new short[width * height * bands];
        for (int i = 0; i < samples.length; i++) {
            int pixel = i / bands;
            samples[i] = (short) ((pixel * 997 + (i % bands) * 4099 + random.nextInt(64)) & ((1 << bits) - 1));
        }
        return Raster.ofShorts(width, height, bands, bits, SampleType.UNSIGNED, colours(bands), samples);
    }

    static Raster noise(int width, int height, int bands, long seed) {
        byte[] samples = new byte[width * height * bands];
        new Random(seed).nextBytes(samples);
        return Raster.ofBytes(width, height, bands, colours(bands), samples);
    }

    /** @return the sample of the raster at the given place, unsigned */
    static int sample(Raster raster, int x, int y, int band) {
        int i = (y * raster.width() + x) * raster.bands() + band;
        return raster.isByteBacked() ? raster.bytes()[i] & 0xFF : raster.shorts()[i] & 0xFFFF;
    }

    static void assertSamePixels(Raster raster, BufferedImage image) {
        assertThat(image.getWidth()).isEqualTo(raster.width());
        assertThat(image.getHeight()).isEqualTo(raster.height());
        assertThat(image.getRaster().getNumBands()).isEqualTo(raster.bands());
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                for (int b = 0; b < raster.bands(); b++) {
                    int expected = sample(raster, x, y, b);
                    int actual = image.getRaster().getSample(x, y, b);
                    if (expected != actual) {
                        assertThat(actual).as("sample %d of pixel %d,%d", b, x, y).isEqualTo(expected);
                    }
                }
            }
        }
    }

    /** Splits a PNG into its chunks, checking the signature and every CRC. */
    static List<Chunk> chunks(byte[] png) {
        assertThat(Arrays.copyOf(png, 8)).containsExactly((byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<Chunk> chunks = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertThat(in.getInt()).as("CRC of " + type).isEqualTo((int) crc.getValue());
            chunks.add(new Chunk(type, Arrays.copyOfRange(typeAndData, 4, typeAndData.length)));
        }
        return chunks;
    }

    static List<Chunk> chunks(byte[] png, String type) {
        return chunks(png).stream().filter(c -> c.type().equals(type)).toList();
    }
}
