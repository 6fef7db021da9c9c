/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ViewAngles;
import java.util.List;

/**
 * A page of a stack, or a view of a sequence, named in the identifier as iipsrv 1.3's IIIF_DELIMITER has it:
 * {@code stack.tif;2} is page (horizontal angle) 2 of {@code stack.tif} when the delimiter is {@code ;}. As in
 * iipsrv, the last delimiter counts and the number after it is read as C's atoi reads it (its leading digits, 0
 * without any). Without a delimiter configured, or none in the identifier, the identifier is the image and the
 * view is iipsrv's default: horizontal angle 0, vertical angle 90.
 *
 * @param image the image's identifier
 * @param angle the horizontal angle asked for
 * @param chosen whether the identifier named one
 */
record PageChoice(String image, int angle, boolean chosen) {
    private static final int DEFAULT_Y_ANGLE = 90;

    /**
     * @param identifier the identifier of the request
     * @param delimiter IIIF_DELIMITER, empty for none
     * @return the image and the page it names
     */
    static PageChoice of(String identifier, String delimiter) {
        int at = delimiter.isEmpty() ? -1 : identifier.lastIndexOf(delimiter);
        if (at < 0) {
            return new PageChoice(identifier, 0, false);
        }
        return new PageChoice(identifier.substring(0, at), atoi(identifier.substring(at + delimiter.length())),
                true);
    }

    /**
     * @param angles the image's views
     * @return the index of the horizontal angle asked for
     * @throws ImageNotFoundException if the image has several views and not that one
     */
    int viewX(ViewAngles angles) {
        return index(angles.horizontal(), angle, chosen);
    }

    /** @return the index of iipsrv's default vertical angle, or of the first one */
    int viewY(ViewAngles angles) {
        return index(angles.vertical(), DEFAULT_Y_ANGLE, false);
    }

    private static int index(List<Integer> angles, int angle, boolean named) {
        int index = angles.indexOf(angle);
        if (angles.size() == 1 || (index < 0 && !named)) {
            return 0;
        }
        if (index < 0) {
            throw new ImageNotFoundException("the image has no page " + angle);
        }
        return index;
    }

    /** C's atoi, without its overflow: optional blanks and sign, then the leading digits. */
    private static int atoi(String text) {
        String s = text.stripLeading();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && value <= Integer.MAX_VALUE) {
            value = value * 10 + (s.charAt(i++) - '0');
        }
        long signed = negative ? -value : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    }
}
