/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Gigatile service provider interface and request/response model.
 *
 * <p>Plugins implement the {@code @ConsumerType} interfaces ({@link io.gigatile.api.ImageDecoder},
 * {@link io.gigatile.api.ImageSource}, {@link io.gigatile.api.Transform}, {@link io.gigatile.api.Encoder},
 * {@link io.gigatile.api.Protocol}, {@link io.gigatile.api.ImageStore}, {@link io.gigatile.api.ResponseCache})
 * and register them as OSGi services; the engine provides {@link io.gigatile.api.ImageService}. Failures are
 * reported with the subclasses of {@link io.gigatile.api.GigatileException}, which the http bundle alone maps
 * to HTTP status codes.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package io.gigatile.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
