/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import java.io.ByteArrayOutputStream;

/** Marker segments of well-formed test streams, found and changed byte by byte. */
final class Segments {
    static final int SOF0 = 0xc0;
    static final int SOF2 = 0xc2;
    static final int APP0 = 0xe0;
    static final int APP14 = 0xee;
    private static final int SOS = 0xda;

    private Segments() {
    }

    /** @return the position of the first segment with the marker before the scan, or -1 */
    static int find(byte[] jpeg, int marker) {
        for (int p = 2; p + 4 <= jpeg.length && (jpeg[p + 1] & 0xff) != SOS; p += 2 + length(jpeg, p)) {
            if ((jpeg[p + 1] & 0xff) == marker) {
                return p;
            }
        }
        return -1;
    }

    /** @return the stream without its segments of the marker before the scan */
    static byte[] without(byte[] jpeg, int marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int p = 2;
        for (; (jpeg[p + 1] & 0xff) != SOS; p += 2 + length(jpeg, p)) {
            if ((jpeg[p + 1] & 0xff) != marker) {
                out.write(jpeg, p, 2 + length(jpeg, p));
            }
        }
        out.write(jpeg, p, jpeg.length - p);
        return out.toByteArray();
    }

    /** @return a copy whose baseline frame header claims another size */
    static byte[] withFrameSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        int sof = find(out, SOF0);
        out[sof + 5] = (byte) (height >> 8);
        out[sof + 6] = (byte) height;
        out[sof + 7] = (byte) (width >> 8);
        out[sof + 8] = (byte) width;
        return out;
    }

    /** @return the first component's horizontal and vertical sampling factors */
    static int[] lumaSampling(byte[] jpeg) {
        int sof = find(jpeg, SOF0);
        int factors = jpeg[sof + 11] & 0xff;
        return new int[] {factors >> 4, factors & 15};
    }

    private static int length(byte[] jpeg, int p) {
        return (jpeg[p + 2] & 0xff) << 8 | jpeg[p + 3] & 0xff;
    }
}
