/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import io.gigatile.api.DecodeFailureException;

/**
 * Marks a JPEG stream as holding RGB samples. libjpeg decides a three-component stream's colour space from its
 * markers (a JFIF marker: YCbCr; else an Adobe marker's transform; else component ids 'R', 'G', 'B': RGB; else
 * YCbCr), and the TurboJPEG 2.x API has no way to override that decision (libjpeg's {@code jpeg_color_space} is
 * not reachable through it). So a stream the caller knows to hold RGB is given what libjpeg reads as RGB: an Adobe
 * APP14 marker with transform 0 right after SOI, and every JFIF APP0 and other Adobe APP14 segment before the scan
 * renamed APP15, which libjpeg skips (a JFIF marker outranks an Adobe one, and a later Adobe one the first).
 */
final class JpegMarkers {
    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int APP0 = 0xe0;
    private static final int APP14 = 0xee;
    private static final int APP15 = 0xef;

    /** APP14 "Adobe", version 100, no flags, transform 0: the samples are RGB, not YCbCr. */
    private static final byte[] ADOBE_RGB = {
        (byte) 0xff, (byte) APP14, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
    };

    private JpegMarkers() {
    }

    /**
     * @param jpeg a stream starting with SOI
     * @return a copy that libjpeg reads as RGB
     * @throws DecodeFailureException if the segments before the scan are malformed, or there is no scan
     */
    static byte[] markedRgb(byte[] jpeg) {
        byte[] out = new byte[jpeg.length + ADOBE_RGB.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(ADOBE_RGB, 0, out, 2, ADOBE_RGB.length);
        System.arraycopy(jpeg, 2, out, 2 + ADOBE_RGB.length, jpeg.length - 2);
        int p = 2 + ADOBE_RGB.length;
        while (p + 1 < out.length) {
            if ((out[p] & 0xff) != 0xff) {
                throw corrupt();
            }
            int marker = out[p + 1] & 0xff;
            if (marker == SOS || marker == EOI) {
                return out;
            }
            if (marker == 0xff) {
                // fill byte before a marker
                p++;
            } else if (marker == SOI || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                // markers without a length
                p += 2;
            } else {
                if (p + 4 > out.length) {
                    throw corrupt();
                }
                int length = (out[p + 2] & 0xff) << 8 | out[p + 3] & 0xff;
                if (length < 2 || p + 2L + length > out.length) {
                    throw corrupt();
                }
                if (marker == APP0 && named(out, p, "JFIF") || marker == APP14 && named(out, p, "Adobe")) {
                    out[p + 1] = (byte) APP15;
                }
                p += 2 + length;
            }
        }
        throw corrupt();
    }

    /** @return whether the segment at {@code p} starts with the name (ASCII) */
    private static boolean named(byte[] jpeg, int p, String name) {
        int length = (jpeg[p + 2] & 0xff) << 8 | jpeg[p + 3] & 0xff;
        if (length < 2 + name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (jpeg[p + 4 + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static DecodeFailureException corrupt() {
        return new DecodeFailureException("the JPEG stream is corrupt");
    }
}
