/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;

/**
 * The TIFF file as the parser and the tile readers see it: the engine's byte source, read in whole arrays, with
 * every range checked against the length first, so that an offset or count a corrupt file lies about fails as
 * corruption before anything is allocated or fetched. The byte source is the engine's: closing this closes
 * nothing.
 */
final class SharedFile {
    private final ByteSource bytes;
    private final long size;

    /** @param bytes the image's bytes, open */
    SharedFile(ByteSource bytes) {
        this.bytes = bytes;
        this.size = bytes.size();
    }

    /** @return the file's length */
    long size() {
        return size;
    }

    /**
     * @param position where to start
     * @param length how many bytes, all of which must lie in the file
     * @return the bytes
     * @throws DecodeFailureException if they lie beyond the end of the file or cannot be read
     * @throws io.gigatile.api.SourceUnavailableException if the storage does not answer
     */
    byte[] read(long position, int length) {
        if (position < 0 || length < 0 || position > size - length) {
            throw new DecodeFailureException("TIFF data lies beyond the end of the file");
        }
        return bytes.read(position, length);
    }
}
