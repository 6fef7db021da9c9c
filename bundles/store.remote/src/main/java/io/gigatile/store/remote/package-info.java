/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What image stores that read over HTTP share: {@link io.gigatile.store.remote.RemoteImageStore} turns a
 * {@link io.gigatile.store.remote.RemoteObjects} client into an {@link io.gigatile.api.ImageStore} with checked
 * identifiers, briefly cached metadata, the file header fetched in one request and a bounded block cache that
 * makes a tile cost one ranged GET. Implementation support for store bundles, not part of the SPI.
 *
 * <p>Version 1.1: {@link io.gigatile.store.remote.RemoteImageStore} is a health
 * {@link io.gigatile.api.ops.Probe}.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package io.gigatile.store.remote;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
