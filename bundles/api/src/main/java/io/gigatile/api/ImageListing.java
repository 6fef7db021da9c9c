/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What an {@link ImageStore} holds, one folder at a time: an optional capability a store offers by registering
 * this interface beside {@link ImageStore} (one service object, both interfaces, the same
 * {@link io.gigatile.api.propertytypes.ImageStoreRoute#PREFIX}). Stores that cannot list (a web server, a bucket
 * the server may not enumerate) simply do not register it; callers then ask for identifiers they already know.
 *
 * <p>Security: the same jail as {@link ImageStore#resolve(String)}: nothing outside the store's root is listed or
 * reachable as a folder (no {@code ..}, no links leaving the root), hidden entries (names starting with '.') are
 * never listed, and every listed image identifier is one the store resolves. Threading: called concurrently from
 * request threads. Cost: one folder's names per call, read again on every call, so callers page through them.
 *
 * @since 2.4
 */
@ConsumerType
public interface ImageListing {

    /** Most entries one page may ask for. */
    int MAX_PAGE = 1000;

    /**
     * Folders first, then images (single files and image sequences), each in name order; a page of them.
     *
     * @param folder a folder identifier without the store's route prefix: empty for the root, else relative
     *        segments ending with '/', as {@link ListingEntry#identifier()} gives them
     * @param suffixes file name suffixes worth listing, lower case without the dot (the decoders'
     *        {@code gigatile.decoder.suffixes}); a file whose name does not end in one of them is left out, so
     *        an empty set lists folders only
     * @param offset index of the first entry of the page, from 0
     * @param limit most entries on the page, 1 to {@link #MAX_PAGE}
     * @return the page
     * @throws ImageNotFoundException if there is no such folder inside the root
     * @throws BadRequestException if the folder is malformed or the offset or limit is out of range
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     */
    ListingPage list(String folder, Set<String> suffixes, int offset, int limit);
}
