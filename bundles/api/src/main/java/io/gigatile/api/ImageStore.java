/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Maps client identifiers to image files.
 *
 * <p>Implementations must never resolve to anything outside their configured root, whatever the identifier
 * holds: relative segments, encoded separators, absolute paths or links that leave the root. Called
 * concurrently from request threads.
 *
 * @since 1.0
 */
@ConsumerType
public interface ImageStore {

    /**
     * @param identifier the identifier from the request, already URL-decoded once by the protocol
     * @return the file
     * @throws ImageNotFoundException if nothing readable answers to the identifier inside the root
     * @throws BadRequestException if the identifier is malformed (empty, control characters)
     */
    ImageFile resolve(String identifier);

    /**
     * The file of one view of an image sequence (iipsrv's FILENAME_PATTERN files). The default knows no
     * sequences: view (0, 0) is the identifier's own file.
     *
     * @param identifier the identifier of the sequence
     * @param x horizontal view index, into {@link #sequence(String)}'s horizontal angles
     * @param y vertical view index
     * @return the view's file
     * @throws ImageNotFoundException if there is no such image or view
     * @since 1.1
     */
    default ImageFile resolve(String identifier, int x, int y) {
        if (x == 0 && y == 0) {
            return resolve(identifier);
        }
        throw new ImageNotFoundException("no such view of the image");
    }

    /**
     * @param identifier an identifier
     * @return the angles of the sequence the identifier names, or empty if it names a single file
     * @since 1.1
     */
    default java.util.Optional<ViewAngles> sequence(String identifier) {
        return java.util.Optional.empty();
    }
}
