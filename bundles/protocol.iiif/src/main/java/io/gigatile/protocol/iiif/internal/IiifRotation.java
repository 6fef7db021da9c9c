/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The rotation parameter: clockwise degrees from 0 to 360, any angle, after a {@code !} to mirror first (2.1 and
 * 3.0; 1.1 has no mirroring).
 *
 * @param degrees the angle
 * @param mirror whether to mirror horizontally before rotating
 * @param canonical the spec's canonical form: trailing zeros trimmed, a leading zero below 1
 */
record IiifRotation(double degrees, boolean mirror, String canonical) {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}(\\.\\d{0,10})?|\\.\\d{1,10}");
    private static final BigDecimal FULL_TURN = BigDecimal.valueOf(360);

    /**
     * @param text the rotation parameter, decoded
     * @param version the API version, which decides whether {@code !} mirrors
     * @return the rotation
     * @throws BadRequestException if it is not a number from 0 to 360 with an optional {@code !} where the
     *         version has one
     */
    static IiifRotation parse(String text, IiifVersion version) {
        boolean mirror = text.startsWith("!");
        if (mirror && !version.hasMirroring()) {
            throw new BadRequestException("rotation must be a number from 0 to 360; ! (mirroring) came with 2.0");
        }
        String number = mirror ? text.substring(1) : text;
        if (!NUMBER.matcher(number).matches()) {
            throw new BadRequestException("rotation must be a number from 0 to 360"
                    + (version.hasMirroring() ? ", optionally after !" : ""));
        }
        BigDecimal value = new BigDecimal(number.endsWith(".") ? number + "0" : number);
        if (value.compareTo(FULL_TURN) > 0) {
            throw new BadRequestException("rotation must not be greater than 360");
        }
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return new IiifRotation(value.doubleValue(), mirror, (mirror ? "!" : "") + plain);
    }

    /** @return true if the image is neither rotated nor mirrored */
    boolean isNone() {
        return !mirror && (degrees == 0 || degrees == 360);
    }
}
