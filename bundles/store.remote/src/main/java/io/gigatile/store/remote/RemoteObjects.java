/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The storage a remote store reads: the metadata and byte ranges of named objects, over HTTP. An S3 client and a
 * plain Range client implement it; {@link RemoteImageStore} adds identifier checks, caching and the
 * {@link io.gigatile.api.ImageStore} contract on top.
 *
 * <p>Threading: called concurrently. Every call is bounded by the implementation's timeout: a storage that does
 * not answer costs one timeout and a {@link io.gigatile.api.SourceUnavailableException}, never a hung thread.
 * Messages of the exceptions thrown name no host, bucket or key.
 *
 * @since 1.0
 */
@ConsumerType
public interface RemoteObjects {

    /**
     * Asks for an object's metadata (a HEAD request).
     *
     * @param name the object's name below the configured root, already checked: relative, '/'-separated, no
     *        empty, '.' or '..' segments, no control characters
     * @return the metadata, or empty if there is no such object
     * @throws io.gigatile.api.SourceUnavailableException if the storage fails, refuses or does not answer in time
     */
    Optional<ObjectHead> head(String name);

    /**
     * Reads a range of an object (a ranged GET), of the version given, so that a replaced object is never read
     * half old, half new.
     *
     * @param name the object's name, as for {@link #head}
     * @param head the version being read, as {@link #head} returned it
     * @param position the first byte
     * @param length how many bytes, all of them within {@code head.size()}
     * @return exactly {@code length} bytes
     * @throws io.gigatile.api.ImageNotFoundException if the object has gone or changed version since
     * @throws io.gigatile.api.SourceUnavailableException if the storage fails, refuses or does not answer in time
     */
    byte[] read(String name, ObjectHead head, long position, int length);

    /**
     * Releases connections; later calls may fail. {@link RemoteImageStore} never calls it: whoever made the objects
     * closes them, typically when its component deactivates.
     */
    default void close() {
    }
}
