/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.Protocol;

/**
 * Where a request goes: the protocol, the path below its mount and the query it sees.
 *
 * @param name the protocol's name, a metrics label
 * @param protocol the protocol service
 * @param mount the mount's path from the context root, such as {@code /iiif}
 * @param path the rest of the path, still percent-encoded
 * @param query the raw query
 */
record Route(String name, Protocol protocol, String mount, String path, String query) {
}
