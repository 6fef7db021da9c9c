/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

/**
 * The limits the engine enforces, so that protocols can clamp or advertise them.
 *
 * @param maxSize largest output width or height (MAX_CVT), or -1 for none
 * @param allowUpscaling whether outputs may be larger than their region at full resolution (ALLOW_UPSCALING)
 * @since 1.0
 */
public record ServiceLimits(int maxSize, boolean allowUpscaling) {
}
