/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.hillshade.internal;

import io.gigatile.api.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The unit vector towards the light, rounded as iipsrv rounds it (iip:src/Transforms.cc {@code shade}): angles to
 * radians in double, then single precision for the trigonometry and the normalisation. x points right, y up
 * (12 o'clock) and z out of the image.
 */
final class LightDirection {
    /** Nine digits: iipsrv's {@code h * 2}, an int, cannot overflow, and nothing larger means anything more. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    final float x;
    final float y;
    final float z;

    private LightDirection(float x, float y, float z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /**
     * @param arguments the horizontal angle from 12 o'clock and the vertical angle down from the horizontal,
     *        integers in degrees
     * @return the direction
     * @throws BadRequestException unless there are exactly two integers
     */
    static LightDirection parse(List<String> arguments) {
        if (arguments == null || arguments.size() != 2) {
            throw new BadRequestException("hillshade takes two angles in degrees");
        }
        return of(angle(arguments.get(0)), angle(arguments.get(1)));
    }

    /**
     * iipsrv takes x as the positive root of {@code 1 - y^2} and negates it past 180 degrees, so -90 lights from
     * the same side as 90; and it gives the horizontal part a length of 1 whatever the vertical angle, so that
     * 90 degrees is not overhead but 45 degrees up. This keeps both, for the same pixels.
     */
    static LightDirection of(int horizontal, int vertical) {
        float a = (float) (horizontal * 2 * Math.PI / 360.0);
        float y = (float) Math.cos(a);
        // y * y is a float product, 1.0 - it a double, as in iipsrv's expression
        float x = (float) Math.sqrt(1.0 - y * y);
        if (horizontal > 180) {
            x = -x;
        }
        a = (float) (vertical * 2 * Math.PI / 360.0);
        float z = -(float) Math.sin(a);
        float norm = (float) Math.sqrt(x * x + y * y + z * z);
        return new LightDirection(x / norm, y / norm, z / norm);
    }

    /**
     * @param nx the normal's x as the map encodes it, 0..1 for -1..1
     * @param ny its y
     * @param nz its z
     * @return half the dot product of the light and the decoded normal, clamped to 0..1 (NaN stays NaN, as in
     *         iipsrv, for the contrast stage to make 0)
     */
    float shade(float nx, float ny, float nz) {
        float dot = 0f;
        // iipsrv's rule: all zeros is "no data", a zero normal: black, not lit as the (1, 1, 1) it would decode to
        if (nx != 0f || ny != 0f || nz != 0f) {
            dot = x * decode(nx) + y * decode(ny) + z * decode(nz);
        }
        dot = 0.5f * dot;
        if (dot < 0f) {
            dot = 0f;
        }
        if (dot > 1f) {
            dot = 1f;
        }
        return dot;
    }

    /**
     * 0..1 back to -1..1, negated as iipsrv negates it (its maps point the other way); computed in double and
     * rounded once, as iipsrv's expression is.
     */
    private static float decode(float v) {
        return (float) (-(v - 0.5) * 2.0);
    }

    private static int angle(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!INTEGER.matcher(trimmed).matches()) {
            throw new BadRequestException("hillshade angles are whole degrees");
        }
        return Integer.parseInt(trimmed);
    }
}
