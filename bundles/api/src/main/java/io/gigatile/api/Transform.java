/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One image operation (contrast, gamma, rotation...). Registered with the properties of
 * {@link io.gigatile.api.propertytypes.TransformName} and {@link io.gigatile.api.propertytypes.TransformStage};
 * the engine applies transforms by stage, not in the order a request names them. Called concurrently; keep no
 * state between calls.
 *
 * <p>Errors go to the client: a {@link BadRequestException}'s message starts with the transform's name, is shorter
 * than 80 characters and does not repeat the arguments; a raster of samples the stage does not give (integers
 * between {@code NORMALISE} and {@code CONTRAST}) is an {@link UnsupportedFormatException} whose
 * {@link UnsupportedFormatException#isFeature() isFeature()} is true. {@code io.gigatile.api.TransformContract}, in
 * the api test-jar, is the test suite of this contract that every implementation runs.
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

    /**
     * The call the engine makes. Transforms that need the image's histogram or to know whether they work on a
     * tile override this one; the default calls {@link #apply(Raster, List)}.
     *
     * @param input the raster, not to be modified
     * @param arguments the transform's arguments as the protocol parsed them
     * @param context the request's image
     * @return a new raster, or {@code input} if the arguments make the transform a no-op
     * @throws BadRequestException if the arguments are invalid
     * @since 2.3
     */
    default Raster apply(Raster input, List<String> arguments, TransformContext context) {
        return apply(input, arguments);
    }

    /**
     * How many pixels of the image around the region a transform before {@code RESIZE} needs on each side to
     * compute the region's edge pixels (a convolution's half kernel). The engine reads that much more where the
     * image has it, so that neighbouring tiles join without seams, and crops it off after the last such stage.
     * Where the image ends, the transform extends the edge itself.
     *
     * @param arguments the transform's arguments
     * @return the margin in pixels at the level read, 0 by default
     * @throws BadRequestException if the arguments are invalid
     * @since 2.3
     */
    default int margin(List<String> arguments) {
        return 0;
    }
}
