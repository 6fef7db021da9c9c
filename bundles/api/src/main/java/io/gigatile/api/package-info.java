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
 * <p>Version 2.0 reads every image through a {@link io.gigatile.api.ByteSource} opened from a store-neutral
 * {@link io.gigatile.api.StoredImage}, so decoders read local files, S3 objects and HTTP resources alike; protocols
 * resolve an identifier once per request through {@link io.gigatile.api.ImageService#image(String)}.
 *
 * <p>Version 2.1 lets operators purge: {@link io.gigatile.api.ImageService#purge(String)} and
 * {@link io.gigatile.api.ResponseCache#purge(String)}.
 *
 * <p>Version 2.2 asks sources for a number of quality layers:
 * {@link io.gigatile.api.ImageSource#readTile(int, int, int, int)} and
 * {@link io.gigatile.api.ImageSource#readRegion(int, io.gigatile.api.Rect, int)} (JPEG 2000's {@code LYR}).
 *
 * <p>Version 2.4 lets a store list what it holds, as an optional capability: {@link io.gigatile.api.ImageListing},
 * with {@link io.gigatile.api.ListingPage} and {@link io.gigatile.api.ListingEntry}.
 *
 * <p>Version 2.5 says which qualities can be rendered: {@link io.gigatile.api.ImageService#supportsQuality}.
 * <p>Version 2.6 gives encoders the output's resolution: {@link io.gigatile.api.EncodeOptions#dpiX()}.
 * <p>Version 2.7 says which transforms are present: {@link io.gigatile.api.ImageService#supportsTransform}, and
 * lets a request name the compression inside a format: {@link io.gigatile.api.ImageRequest#encodeCompression()},
 * {@link io.gigatile.api.EncodeOptions#compression()}.
 * <p>Version 2.8 carries IIP's processing commands to the other protocols of iipsrv's URL:
 * {@link io.gigatile.api.ProcessingReader}, {@link io.gigatile.api.ImageProcessing},
 * {@link io.gigatile.api.ProtocolRequest#processing()}; and describes the pages of image stacks:
 * {@link io.gigatile.api.ImageInfo#stack()}, {@link io.gigatile.api.StackPage}.
 *
 * <p>One implementation class lives here on purpose: {@code RegionComposer}, package-private, is the body of
 * {@link io.gigatile.api.ImageSource#readRegion}'s default and so part of the contract every decoder inherits.
 * Everything else that implementations share lives in their own bundles (the shared protocol helpers in the
 * separately versioned {@code io.gigatile.api.protocol}, see its package documentation).
 *
 * @since 1.0
 */
@Export
@Version("2.8.0")
package io.gigatile.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
