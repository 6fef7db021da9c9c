/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import java.time.Instant;
import java.util.Objects;

/**
 * What a HEAD request tells of an object.
 *
 * @param size the object's length in bytes
 * @param etag its entity tag as the server sent it (quotes included), or empty if the server sends none
 * @param lastModified its modification time, {@link Instant#EPOCH} if the server sends none
 * @since 1.0
 */
public record ObjectHead(long size, String etag, Instant lastModified) {

    /** Checks the fields. */
    public ObjectHead {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        Objects.requireNonNull(etag);
        Objects.requireNonNull(lastModified);
    }

    /** @return a version text: the entity tag, or else the modification time and length */
    public String version() {
        return etag.isEmpty() ? lastModified.toEpochMilli() + "-" + size : etag;
    }
}
