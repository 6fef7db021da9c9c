/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.io.Closeable;
import java.nio.ByteBuffer;

/**
 * The bytes of one version of a stored image, read at any position: a local file, an object in an S3 bucket or a
 * resource on a web server. Decoders read everything through it.
 *
 * <p>Threading: one byte source is shared by every request thread that reads the image, so {@link #read} must be
 * safe for concurrent use and must not depend on a position kept between calls. Ownership: the engine opens it
 * through {@link StoredImage#open()}, hands it to the decoder and closes it after the decoder's
 * {@link ImageSource} is closed; decoders never close it. Reads that are running when {@link #close()} is called
 * may finish.
 *
 * @since 2.0
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ByteSource extends Closeable {

    /** @return the length of the bytes, fixed for the life of the source */
    long size();

    /**
     * Fills {@code target} from its position to its limit with the bytes starting at {@code position}.
     *
     * @param position where to start, 0 for the first byte
     * @param target the buffer to fill; on return its position equals its limit
     * @throws DecodeFailureException if the range does not lie within {@link #size()} (the image is corrupt or
     *         truncated)
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     * @throws ImageNotFoundException if the image has gone from the storage since it was resolved
     */
    void read(long position, ByteBuffer target);

    /**
     * Reads {@code length} bytes at {@code position} into a new array.
     *
     * @param position where to start
     * @param length how many bytes
     * @return the bytes
     * @throws DecodeFailureException if the range does not lie within {@link #size()}
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     */
    default byte[] read(long position, int length) {
        if (position < 0 || length < 0 || position > size() - length) {
            throw new DecodeFailureException("the image's data lies beyond its end");
        }
        byte[] bytes = new byte[length];
        read(position, ByteBuffer.wrap(bytes));
        return bytes;
    }

    /** Releases what the source holds (a file channel, cached blocks). Never throws; closing twice is harmless. */
    @Override
    void close();
}
