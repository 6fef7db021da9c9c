/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.ImageProcessing;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProcessingReader;

/**
 * Where a request goes: the protocol, the path below its mount and the query it sees.
 *
 * @param name the protocol's name, a metrics label
 * @param protocol the protocol service
 * @param mount the mount's path from the context root, such as {@code /iiif}
 * @param path the rest of the path, still percent-encoded
 * @param query the raw query
 * @param prefix IIP commands that came before the protocol's own in iipsrv's URL, with their reader
 */
record Route(String name, Protocol protocol, String mount, String path, String query, Prefix prefix) {

    Route(String name, Protocol protocol, String mount, String path, String query) {
        this(name, protocol, mount, path, query, Prefix.NONE);
    }

    /**
     * IIP commands before {@code IIIF=} (or another protocol's key) in iipsrv's URL, read only when the request is
     * served, so that a malformed one is a 400 like any other.
     *
     * @param commands the raw commands, or empty
     * @param reader the IIP protocol that reads them, or null where it is absent (the commands are then ignored)
     */
    record Prefix(String commands, ProcessingReader reader) {
        static final Prefix NONE = new Prefix("", null);

        /** @return the processing the commands ask for */
        ImageProcessing read() {
            return commands.isEmpty() || reader == null ? ImageProcessing.NONE : reader.read(commands);
        }
    }
}
