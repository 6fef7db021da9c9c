/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.util.Arrays;

/** PackBits run-length tiles, TIFF compression 32773. Runs that overshoot the tile are cut, as libtiff does. */
final class PackBitsDecompressor implements Decompressor {

    @Override
    public byte[] decompress(byte[] stored, int length) {
        byte[] out = new byte[length];
        int in = 0;
        int done = 0;
        while (done < length && in < stored.length) {
            int header = stored[in++];
            if (header >= 0) {
                int run = header + 1;
                if (in + run > stored.length) {
                    throw new DecodeFailureException("a PackBits TIFF tile is truncated");
                }
                int copy = Math.min(run, length - done);
                System.arraycopy(stored, in, out, done, copy);
                in += run;
                done += copy;
            } else if (header != -128) {
                if (in >= stored.length) {
                    throw new DecodeFailureException("a PackBits TIFF tile is truncated");
                }
                int copy = Math.min(1 - header, length - done);
                Arrays.fill(out, done, done + copy, stored[in++]);
                done += copy;
            }
        }
        if (done < length) {
            throw new DecodeFailureException("a PackBits TIFF tile is truncated");
        }
        return out;
    }
}
