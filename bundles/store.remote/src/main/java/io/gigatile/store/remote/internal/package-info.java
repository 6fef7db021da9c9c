/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * How {@link io.gigatile.store.remote.RemoteImageStore} works: identifier screening, the metadata cache, the block
 * cache and the byte sources. Not exported; other bundles use the exported package only.
 */
package io.gigatile.store.remote.internal;
