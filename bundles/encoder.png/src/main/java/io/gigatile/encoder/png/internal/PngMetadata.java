/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * The data of the chunks around the pixels: IHDR, sBIT, iCCP, pHYs and the iTXt that carries XMP.
 */
final class PngMetadata {
    /** The keyword Adobe's XMP specification (part 3) gives the iTXt chunk. */
    static final String XMP_KEYWORD = "XML:com.adobe.xmp";
    /** The profile name in iCCP; any Latin-1 name will do, "ICC" is what libpng-based tools write. */
    static final String ICC_NAME = "ICC";

    private PngMetadata() {
    }

    static byte[] header(PngLayout layout) {
        byte[] data = new byte[13];
        PngChunks.putInt(data, 0, layout.width());
        PngChunks.putInt(data, 4, layout.height());
        data[8] = (byte) layout.bitDepth();
        data[9] = (byte) layout.colourType();
        // compression 0 (deflate), filter method 0 (adaptive), no interlace
        return data;
    }

    /** @return the sBIT data telling decoders how many bits of each sample were significant before scaling */
    static byte[] significantBits(PngLayout layout) {
        byte[] data = new byte[layout.bands()];
        Arrays.fill(data, (byte) layout.sourceBits());
        return data;
    }

    /**
     * PNG allows only an RGB profile on a colour image and only a grey one on a grey image; libpng drops any
     * other, and some decoders refuse the whole file, so a mismatched profile is not written.
     *
     * @param profile the ICC profile
     * @param layout the image's layout
     * @return whether the profile's data colour space (header bytes 16 to 19) suits the image
     */
    static boolean profileFits(byte[] profile, PngLayout layout) {
        if (profile.length < 128) {
            return false;
        }
        String space = new String(profile, 16, 4, StandardCharsets.US_ASCII);
        boolean colour = layout.colourType() == 2 || layout.colourType() == 6;
        return colour ? space.equals("RGB ") : space.equals("GRAY");
    }

    static byte[] iccChunk(byte[] profile) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(profile.length / 2 + 16);
        data.writeBytes(ICC_NAME.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(profile);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                data.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    /**
     * @param dpiX horizontal pixels per inch
     * @param dpiY vertical pixels per inch
     * @return a pHYs chunk's data: pixels per metre each way, unit metre
     */
    static byte[] physicalSize(double dpiX, double dpiY) {
        byte[] data = new byte[9];
        PngChunks.putInt(data, 0, perMetre(dpiX));
        PngChunks.putInt(data, 4, perMetre(dpiY));
        data[8] = 1;
        return data;
    }

    private static int perMetre(double dpi) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(dpi / 0.0254)));
    }

    /** @return an uncompressed iTXt chunk holding the packet as UTF-8, no language, no translated keyword */
    static byte[] xmpChunk(String xmp) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(xmp.length() + 32);
        data.writeBytes(XMP_KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        data.write(0);
        data.write(0);
        data.write(0);
        data.writeBytes(xmp.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }
}
