/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One image operation (contrast, gamma, rotation...). Registered with the property of
 * {@link io.gigatile.api.propertytypes.TransformName}; the engine applies transforms in its own fixed order,
 * not in the order a request names them. Called concurrently; keep no state between calls.
 *
 * @since 1.0
 */
@ConsumerType
public interface Transform {

    /**
     * @param input the raster, not to be modified
     * @param arguments the transform's arguments as the protocol parsed them
     * @return a new raster, or {@code input} if the arguments make the transform a no-op
     * @throws BadRequestException if the arguments are invalid
     */
    Raster apply(Raster input, List<String> arguments);
}
