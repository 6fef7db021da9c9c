/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

/** A class that {@link ClassPreloadTest} packs into bundles of its own. */
public final class PreloadSample {
    private PreloadSample() {
    }
}
