/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of one image in an {@link ImageStore}, as {@link ImageStore#resolve(String)} found it: a handle, not
 * the bytes. It names the stored object, says which version of it was found and how long it is, and opens its
 * bytes on demand. Immutable and safe to share.
 *
 * <p>The engine keeps one open source per {@link #key()}; a handle whose {@link #version()} differs from the
 * open one's replaces it.
 *
 * @since 2.0
 */
@org.osgi.annotation.versioning.ConsumerType
public interface StoredImage {

    /** @return the identifier the client asked for, after decoding, as the store received it */
    String identifier();

    /**
     * @return what distinguishes this stored object from every other one of the same store: a file's path below
     *         the root, an object key. Two views of a sequence have different keys. Used in cache keys and logs;
     *         never shown to clients
     */
    String key();

    /**
     * @return an opaque text that changes whenever the bytes change: an ETag, or a modification time and length.
     *         Equal versions of one key promise equal bytes
     */
    String version();

    /** @return when the bytes last changed, as the storage says (HTTP dates have whole seconds) */
    Instant lastModified();

    /** @return the length of the bytes */
    long size();

    /**
     * Opens the bytes. Each call gives a new source, which the caller closes.
     *
     * @return the bytes of this version
     * @throws ImageNotFoundException if the image has gone since it was resolved
     * @throws SourceUnavailableException if the storage does not answer, or not in time
     */
    ByteSource open();

    /**
     * @return the angles of the image sequence this image is the default view of, or empty for a single image;
     *         {@link ImageStore#resolve(String, int, int)} finds the other views
     */
    default Optional<ViewAngles> sequence() {
        return Optional.empty();
    }

    /**
     * A fast path for decoders or libraries that can only read local files. Never required: everything can be
     * read through {@link #open()}.
     *
     * @return the local file holding exactly these bytes, or empty for remote storage
     */
    default Optional<Path> localPath() {
        return Optional.empty();
    }

    /** @return the suffix of the key's last segment in lower case, without the dot; empty if it has none */
    default String suffix() {
        String key = key();
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
