/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What operators watch: the {@link io.gigatile.api.ops.ServerMetrics} service that the engine and the http
 * bundle record into, and {@link io.gigatile.api.ops.Probe}, which a store or a cache may implement beside its own
 * interface so a health check can ask whether what it depends on answers.
 *
 * <p>Both are optional for everyone: the server runs without a metrics bundle (callers keep a do-nothing recorder
 * until one is bound) and without probes (a store or cache that is not a probe counts as reachable). Versioned
 * apart from {@code io.gigatile.api} so that observing the server never moves the SPI's own version.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.gigatile.api.ops;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
