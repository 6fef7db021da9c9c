/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Building blocks that several {@link io.gigatile.api.Protocol} implementations share: percent-decoding of
 * what clients send and the mapping of power-of-two pyramid tiles onto engine requests. Everything here is
 * stateless or immutable and safe to use from any thread.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.gigatile.api.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
