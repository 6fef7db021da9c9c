/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splices metadata segments into an encoded JPEG, after SOI and the JFIF APP0 segment, where readers look for
 * them: the ICC profile in APP2 {@code ICC_PROFILE} chunks (ICC.1 annex B.4) and XMP in one APP1 segment. This
 * is simpler and more predictable than going through the JDK writer's metadata tree, which parses the profile.
 */
final class JpegSegments {
    /** The most profile bytes one APP2 segment carries: 65535 less the length field and the 14-byte header. */
    static final int ICC_CHUNK = 65519;

    private static final int MAX_ICC_CHUNKS = 255;
    private static final int MAX_SEGMENT = 65533;
    private static final byte[] ICC_ID = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMP_ID = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);

    private JpegSegments() {
    }

    /** @return true if the profile fits in the 255 chunks a JPEG can hold */
    static boolean iccFits(byte[] profile) {
        return profile.length > 0 && (profile.length + ICC_CHUNK - 1) / ICC_CHUNK <= MAX_ICC_CHUNKS;
    }

    /** @return true if the packet fits one APP1 segment (extended XMP is not written) */
    static boolean xmpFits(byte[] xmp) {
        return xmp.length > 0 && XMP_ID.length + xmp.length <= MAX_SEGMENT;
    }

    /**
     * @param jpeg a complete JPEG from the writer
     * @param length how many bytes of {@code jpeg} are used
     * @param icc a profile that {@link #iccFits fits}, or null
     * @param xmp a packet that {@link #xmpFits fits}, or null
     * @param out receives the JPEG with the segments inserted
     * @throws IOException if writing fails
     */
    static void writeWith(byte[] jpeg, int length, byte[] icc, byte[] xmp, OutputStream out) throws IOException {
        int at = afterApp0(jpeg, length);
        out.write(jpeg, 0, at);
        if (icc != null) {
            int chunks = (icc.length + ICC_CHUNK - 1) / ICC_CHUNK;
            for (int i = 0; i < chunks; i++) {
                int from = i * ICC_CHUNK;
                int size = Math.min(ICC_CHUNK, icc.length - from);
                writeMarker(out, 0xE2, ICC_ID.length + 2 + size);
                out.write(ICC_ID);
                out.write(i + 1);
                out.write(chunks);
                out.write(icc, from, size);
            }
        }
        if (xmp != null) {
            writeMarker(out, 0xE1, XMP_ID.length + xmp.length);
            out.write(XMP_ID);
            out.write(xmp);
        }
        out.write(jpeg, at, length - at);
    }

    /**
     * Writes a resolution into the JFIF header, in place, in pixels per inch (rounded, 1 to 65535). A JPEG
     * whose first segment is not JFIF (none of the writers here makes one) is left as it is.
     *
     * @param jpeg a complete JPEG from the writer
     * @param length how many bytes of {@code jpeg} are used
     * @param dpiX horizontal pixels per inch
     * @param dpiY vertical pixels per inch
     */
    static void setDensity(byte[] jpeg, int length, double dpiX, double dpiY) {
        if (length < 18 || (jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0
                || !new String(jpeg, 6, 5, StandardCharsets.US_ASCII).equals("JFIF\0")) {
            return;
        }
        jpeg[13] = 1;
        putDensity(jpeg, 14, dpiX);
        putDensity(jpeg, 16, dpiY);
    }

    private static void putDensity(byte[] jpeg, int at, double dpi) {
        int value = (int) Math.max(1, Math.min(0xFFFF, Math.round(dpi)));
        jpeg[at] = (byte) (value >>> 8);
        jpeg[at + 1] = (byte) value;
    }

    // Past SOI and any APP0 segments (JFIF and its extensions); the JDK writer puts nothing else before them.
    private static int afterApp0(byte[] jpeg, int length) throws IOException {
        if (length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IOException("the JPEG writer produced no start of image");
        }
        int at = 2;
        while (at + 4 <= length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) == 0xE0) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return Math.min(at, length);
    }

    private static void writeMarker(OutputStream out, int marker, int payload) throws IOException {
        int segmentLength = payload + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(segmentLength >>> 8);
        out.write(segmentLength & 0xFF);
    }
}
