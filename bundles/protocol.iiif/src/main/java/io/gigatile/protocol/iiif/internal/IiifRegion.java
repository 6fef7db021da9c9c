/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Rect;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region parameter: {@code full}, {@code square}, {@code x,y,w,h} in pixels or {@code pct:x,y,w,h}, the same
 * in every version but for {@code square}, which 1.1 lacks.
 *
 * @param kind the form
 * @param x left edge, pixels or percent
 * @param y top edge
 * @param width width
 * @param height height
 */
record IiifRegion(Kind kind, double x, double y, double width, double height) {

    /** The forms of the region parameter. */
    enum Kind {
        /** The whole image. */
        FULL,
        /** The largest centred square. */
        SQUARE,
        /** Pixels of the full image. */
        PIXELS,
        /** Percentages of the full image. */
        PERCENT
    }

    private static final String INTEGER = "(\\d{1,18})";
    private static final String DECIMAL = "(\\d{1,10}(?:\\.\\d{0,10})?|\\.\\d{1,10})";
    private static final Pattern PIXELS = Pattern.compile(String.join(",", INTEGER, INTEGER, INTEGER, INTEGER));
    private static final Pattern PERCENT = Pattern.compile("pct:" + String.join(",", DECIMAL, DECIMAL, DECIMAL,
            DECIMAL));

    /**
     * @param text the region parameter, decoded
     * @param version the API version, which decides whether {@code square} is a region
     * @return the region
     * @throws BadRequestException if the syntax is wrong for the version or the width or height is zero
     */
    static IiifRegion parse(String text, IiifVersion version) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("full")) {
            return new IiifRegion(Kind.FULL, 0, 0, 0, 0);
        } else if (lower.equals("square") && version.hasSquareRegion()) {
            return new IiifRegion(Kind.SQUARE, 0, 0, 0, 0);
        }
        Matcher pixels = PIXELS.matcher(lower);
        Matcher percent = PERCENT.matcher(lower);
        Matcher m = pixels.matches() ? pixels : percent.matches() ? percent : null;
        if (m == null) {
            throw new BadRequestException(version.hasSquareRegion()
                    ? "region must be full, square, x,y,w,h or pct:x,y,w,h"
                    : "region must be full, x,y,w,h or pct:x,y,w,h");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(m.group(i + 1));
        }
        if (!(v[2] > 0 && v[3] > 0)) {
            throw new BadRequestException("region width and height must be greater than zero");
        }
        return new IiifRegion(m == pixels ? Kind.PIXELS : Kind.PERCENT, v[0], v[1], v[2], v[3]);
    }

    /**
     * The region in full-resolution pixels, cut at the image's edges as the spec asks.
     *
     * @param imageWidth full width
     * @param imageHeight full height
     * @return the rectangle, inside the image
     * @throws BadRequestException if the region lies wholly outside the image
     */
    Rect resolve(int imageWidth, int imageHeight) {
        return switch (kind) {
            case FULL -> new Rect(0, 0, imageWidth, imageHeight);
            case SQUARE -> {
                int side = Math.min(imageWidth, imageHeight);
                yield new Rect((imageWidth - side) / 2, (imageHeight - side) / 2, side, side);
            }
            case PIXELS -> clip(x, y, x + width, y + height, imageWidth, imageHeight);
            case PERCENT -> percent(imageWidth, imageHeight);
        };
    }

    /**
     * Edges are rounded rather than sizes, so that regions side by side meet without a gap; a region thinner
     * than a pixel keeps one.
     */
    private Rect percent(int imageWidth, int imageHeight) {
        double left = Math.rint(x * imageWidth / 100);
        double top = Math.rint(y * imageHeight / 100);
        double right = Math.max(left + 1, Math.rint((x + width) * imageWidth / 100));
        double bottom = Math.max(top + 1, Math.rint((y + height) * imageHeight / 100));
        return clip(left, top, right, bottom, imageWidth, imageHeight);
    }

    /** On doubles, so that absurd numbers cannot overflow before they are cut. */
    private static Rect clip(double left, double top, double right, double bottom, int imageWidth,
            int imageHeight) {
        if (left >= imageWidth || top >= imageHeight) {
            throw new BadRequestException("region lies outside the image");
        }
        int x0 = (int) left;
        int y0 = (int) top;
        return new Rect(x0, y0, (int) (Math.min(right, imageWidth) - x0), (int) (Math.min(bottom, imageHeight) - y0));
    }
}
