/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.rotate.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.Raster;
import io.gigatile.api.SampleType;
import io.gigatile.api.Transform;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.propertytypes.TransformName;
import io.gigatile.api.propertytypes.TransformStage;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates clockwise by any angle. Multiples of 90 degrees move pixels without touching their values
 * ({@link RightAngles}); other angles resample bilinearly into the rotated image's bounding box and make the
 * uncovered corners transparent ({@link FreeRotation}).
 */
@Component
@TransformName(transform = "rotate")
@TransformStage(TransformStage.ROTATE)
public final class RotateTransform implements Transform {
    private static final Logger LOG = LoggerFactory.getLogger(RotateTransform.class);
    private static final BigDecimal RIGHT = BigDecimal.valueOf(90);
    private static final BigDecimal FULL = BigDecimal.valueOf(360);
    private static final String BAD_ANGLE = "rotate takes one angle in degrees from 0 to 360";

    /** Made by Declarative Services or by tests; there is nothing to configure. */
    @Activate
    public RotateTransform() {
        LOG.debug("rotate transform active");
    }

    /**
     * @param input an 8-bit unsigned raster; for angles other than multiples of 90, grey or sRGB with 1 to 4 bands
     * @param arguments the clockwise angle in degrees as a plain decimal, such as {@code 90} or {@code 22.5}
     * @return a new raster, or {@code input} for 0 and 360 degrees
     * @throws BadRequestException if the arguments are not one angle from 0 to 360
     * @throws UnsupportedFormatException (a feature) for rasters it cannot rotate
     * @throws LimitExceededException if the rotated raster would not fit in an array
     */
    @Override
    public Raster apply(Raster input, List<String> arguments) {
        BigDecimal degrees = angle(arguments);
        if (degrees.signum() == 0 || degrees.compareTo(FULL) == 0) {
            return input;
        }
        if (!input.isByteBacked() || input.bitsPerSample() != 8 || input.sampleType() != SampleType.UNSIGNED) {
            throw new UnsupportedFormatException("rotation needs 8-bit samples", true);
        }
        if (degrees.remainder(RIGHT).signum() == 0) {
            return RightAngles.rotate(input, degrees.intValueExact());
        }
        return FreeRotation.rotate(input, degrees.doubleValue());
    }

    private static BigDecimal angle(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new BadRequestException(BAD_ANGLE);
        }
        String text = arguments.get(0);
        if (text.length() > 64 || !text.matches("\\d+(\\.\\d+)?")) {
            throw new BadRequestException(BAD_ANGLE);
        }
        BigDecimal degrees = new BigDecimal(text);
        if (degrees.compareTo(FULL) > 0) {
            throw new BadRequestException(BAD_ANGLE);
        }
        return degrees;
    }
}
