/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** In-framework tests of the Gigatile server: real bundles, real HTTP on loopback. */
package io.gigatile.itest;
