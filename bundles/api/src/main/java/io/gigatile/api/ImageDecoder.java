/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Opens image files of one format. Registered as a service with the properties of
 * {@link io.gigatile.api.propertytypes.ImageDecoderFormat} and an optional {@code service.ranking}: the engine
 * asks the highest-ranked decoder whose magic bytes match the file's first bytes, then one whose suffixes
 * match.
 *
 * <p>Called concurrently; {@link #open} must not keep state between calls. The returned source belongs to the
 * engine, which closes it.
 *
 * @since 1.0
 */
@ConsumerType
public interface ImageDecoder {

    /**
     * @param file the resolved file
     * @return an open, thread-safe source
     * @throws DecodeFailureException if the file is corrupt or truncated
     * @throws UnsupportedFormatException if the file is of this format but uses a variant the decoder cannot
     *         read
     */
    ImageSource open(ImageFile file);
}
