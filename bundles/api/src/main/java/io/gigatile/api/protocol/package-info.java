/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Building blocks that several {@link io.gigatile.api.Protocol} implementations share: percent-decoding of
 * what clients send and the mapping of power-of-two pyramid tiles onto engine requests. Everything here is
 * stateless or immutable and safe to use from any thread.
 *
 * <p>Deliberately beside the SPI, not in it: this package is versioned on its own, nothing in
 * {@code io.gigatile.api} refers to it, and a third-party protocol bundle that speaks a tiled protocol imports it
 * to resolve tiles exactly as the built-in ones do. It holds no service and no state, so it costs the runtime
 * nothing; a bundle of its own would add one more thing to deploy for two small classes.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.gigatile.api.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
