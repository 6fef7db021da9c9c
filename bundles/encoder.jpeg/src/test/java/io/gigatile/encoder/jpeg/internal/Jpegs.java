/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.Raster;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: synthetic rasters, comparisons with decoded images and a marker walker. */
final class Jpegs {

    /** One marker segment before the scan: its marker byte and its payload (without the length field). */
    record Segment(int marker, byte[] payload) {
    }

    private Jpegs() {
    }

    /** Smooth colours, the kind JPEG keeps well, different for every seed. */
    static Raster gradient(int width, int height, int bands, int seed) {
        byte[] samples = new byte[width * height * bands];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int b = 0; b < bands; b++) {
                    samples[i++] = (byte) Math.round(125 + 90 * Math.sin((x * (b + 1) + y * (3 - b) + seed * 7) / 15.0));
                }
            }
        }
        return Raster.ofBytes(width, height, bands, bands < 3 ? ColourSpace.GREY : ColourSpace.SRGB, samples);
    }

    /** Deterministic noise: every quality step changes its size. */
    static Raster noise(int width, int height, int bands) {
        byte[] samples = new byte[width * height * bands];
        long state = 42;
        for (int i = 0; i < samples.length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            samples[i] = (byte) (state >>> 56);
        }
        return Raster.ofBytes(width, height, bands, bands < 3 ? ColourSpace.GREY : ColourSpace.SRGB, samples);
    }

    /** @return the largest difference of any sample between the raster's colour bands and the decoded image */
    static int maxDifference(Raster expected, BufferedImage actual) {
        return (int) differences(expected, actual).max().orElseThrow();
    }

    /** @return the mean difference of the samples between the raster's colour bands and the decoded image */
    static double meanDifference(Raster expected, BufferedImage actual) {
        return differences(expected, actual).average().orElseThrow();
    }

    private static java.util.stream.LongStream differences(Raster expected, BufferedImage actual) {
        int colours = expected.bands() <= 2 ? 1 : 3;
        byte[] samples = expected.bytes();
        int[] pixel = new int[actual.getRaster().getNumBands()];
        java.util.stream.LongStream.Builder all = java.util.stream.LongStream.builder();
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                actual.getRaster().getPixel(x, y, pixel);
                int at = (y * expected.width() + x) * expected.bands();
                for (int c = 0; c < colours; c++) {
                    all.add(Math.abs((samples[at + c] & 0xFF) - pixel[c]));
                }
            }
        }
        return all.build();
    }

    /** @return the segments from SOI up to the first SOS */
    static List<Segment> headers(byte[] jpeg) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("no SOI");
        }
        List<Segment> segments = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("no marker at " + at);
            }
            int marker = jpeg[at + 1] & 0xFF;
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            segments.add(new Segment(marker, Arrays.copyOfRange(jpeg, at + 4, at + 2 + length)));
            if (marker == 0xDA) {
                break;
            }
            at += 2 + length;
        }
        return segments;
    }

    /** @return the ICC profile reassembled from the APP2 chunks in sequence order, or null */
    static byte[] iccProfile(byte[] jpeg) {
        byte[] id = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<byte[]> chunks = new ArrayList<>();
        for (Segment segment : headers(jpeg)) {
            byte[] p = segment.payload();
            if (segment.marker() == 0xE2 && p.length > 14 && Arrays.equals(p, 0, 12, id, 0, 12)) {
                if ((p[12] & 0xFF) != chunks.size() + 1) {
                    throw new IllegalStateException("chunk " + p[12] + " out of order");
                }
                chunks.add(Arrays.copyOfRange(p, 14, p.length));
                if ((p[13] & 0xFF) == chunks.size()) {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    chunks.forEach(all::writeBytes);
                    return all.toByteArray();
                }
            }
        }
        if (!chunks.isEmpty()) {
            throw new IllegalStateException("incomplete profile");
        }
        return null;
    }
}
