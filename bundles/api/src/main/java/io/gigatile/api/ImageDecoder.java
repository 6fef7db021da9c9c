/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Opens images of one format. Registered as a service with the properties of
 * {@link io.gigatile.api.propertytypes.ImageDecoderFormat} and an optional {@code service.ranking}: the engine
 * asks the highest-ranked decoder whose magic bytes match the image's first bytes, then one whose suffixes match
 * the stored image's key.
 *
 * <p>Call order: the engine resolves the image, opens its bytes, reads the first bytes to choose the decoder and
 * calls {@link #open}. Threading: called concurrently; {@code open} must not keep state between calls.
 * Ownership: the returned source belongs to the engine, which closes it; the byte source stays the engine's too,
 * and is closed by the engine after the image source, so a decoder neither closes it nor uses it after
 * {@link ImageSource#close()}.
 *
 * @since 1.0
 */
@ConsumerType
public interface ImageDecoder {

    /**
     * @param image the stored image: its key, version and, for local files, an optional path
     * @param bytes its bytes, open, safe for concurrent positional reads
     * @return an open, thread-safe source
     * @throws DecodeFailureException if the image is corrupt or truncated
     * @throws UnsupportedFormatException if the image is of this format but uses a variant the decoder cannot
     *         read
     * @throws SourceUnavailableException passed on from the byte source: never turned into another failure
     * @since 2.0
     */
    ImageSource open(StoredImage image, ByteSource bytes);
}
