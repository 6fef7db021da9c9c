/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Deflate (zlib) tiles, TIFF compressions 8 and 32946. An {@link Inflater} per call: they are not shareable. */
final class DeflateDecompressor implements Decompressor {

    @Override
    public byte[] decompress(byte[] stored, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            byte[] out = new byte[length];
            int done = 0;
            int idle = 0;
            // a stream that stops yielding bytes ends the loop, so corrupt input cannot spin here
            while (done < length && idle < 2) {
                int got = inflater.inflate(out, done, length - done);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                idle = got == 0 ? idle + 1 : 0;
                done += got;
            }
            if (done < length) {
                throw new DecodeFailureException("a deflate TIFF tile is truncated");
            }
            return out;
        } catch (DataFormatException e) {
            throw new DecodeFailureException("a deflate TIFF tile is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
