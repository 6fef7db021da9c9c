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
}
