/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Maps client identifiers to stored images: files under a root folder, objects under a bucket prefix, resources
 * under a base URL.
 *
 * <p>Security: implementations must never resolve to anything outside their configured root, whatever the
 * identifier holds: relative segments, encoded separators, absolute paths, links or redirects that leave the
 * root. Threading: called concurrently from request threads. Cost: the engine resolves an identifier once per
 * request, so {@link #resolve(String)} should be cheap (a file's attributes, a briefly cached HEAD).
 *
 * <p>Several stores may be registered; each takes the identifiers that start with its
 * {@link io.gigatile.api.propertytypes.ImageStoreRoute#PREFIX} and receives them without that prefix.
 *
 * @since 1.0
 */
@ConsumerType
public interface ImageStore {

    /**
     * @param identifier the identifier from the request, URL-decoded once by the protocol, without the store's
     *        route prefix
     * @return the image's current version; for an image sequence, its default view
     * @throws ImageNotFoundException if nothing readable answers to the identifier inside the root
     * @throws BadRequestException if the identifier is malformed (empty, control characters)
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     */
    StoredImage resolve(String identifier);

    /**
     * One view of an image sequence (iipsrv's FILENAME_PATTERN files). The default knows no sequences: view (0, 0)
     * is the identifier's own image.
     *
     * @param identifier the identifier of the sequence
     * @param x horizontal view index, into the {@link StoredImage#sequence()} horizontal angles
     * @param y vertical view index
     * @return the view's image
     * @throws ImageNotFoundException if there is no such image or view
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     * @since 1.1
     */
    default StoredImage resolve(String identifier, int x, int y) {
        if (x == 0 && y == 0) {
            return resolve(identifier);
        }
        throw new ImageNotFoundException("no such view of the image");
    }

    /**
     * Whether a stored image still has the version it had when it was resolved, asked more cheaply than a new
     * {@link #resolve(String)} where the storage allows (a file's attributes, a conditional request). The default
     * cannot tell and answers false, so callers resolve again.
     *
     * @param known an image this store resolved
     * @return true if its bytes are unchanged
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     * @since 2.0
     */
    default boolean unchanged(StoredImage known) {
        return false;
    }
}
