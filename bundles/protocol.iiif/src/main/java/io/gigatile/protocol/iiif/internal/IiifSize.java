/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size parameter as written: {@code max}, {@code w,}, {@code ,h}, {@code pct:n}, {@code w,h}, {@code !w,h},
 * each with a leading {@code ^} in 3.0, and {@code full} in 2.1 and 1.1, which has no {@code max}. What size it
 * makes is {@link SizeResolver}'s business.
 *
 * @param kind the form
 * @param width w, where the form has it
 * @param height h, where the form has it
 * @param percent n of {@code pct:n}
 * @param upscale whether 3.0's {@code ^} was given
 */
record IiifSize(Kind kind, long width, long height, double percent, boolean upscale) {

    /** The forms of the size parameter. */
    enum Kind {
        /** {@code max}: the largest size the limits allow. */
        MAX,
        /** 1.1's and 2.1's {@code full}: the region's own size. */
        FULL,
        /** {@code w,}. */
        WIDTH,
        /** {@code ,h}. */
        HEIGHT,
        /** {@code pct:n}. */
        PERCENT,
        /** {@code w,h}, distorting if need be. */
        EXACT,
        /** {@code !w,h}: the largest size within w x h keeping the aspect ratio. */
        CONFINED
    }

    private static final Pattern PIXELS = Pattern.compile("(!)?(\\d{1,10})?,(\\d{1,10})?");
    private static final Pattern PERCENT = Pattern.compile("pct:(\\d{1,10}(?:\\.\\d{0,10})?|\\.\\d{1,10})");

    /**
     * @param text the size parameter, decoded
     * @param version the API version, which decides which of {@code full}, {@code max} and {@code ^} are taken
     * @return the size
     * @throws BadRequestException if the syntax is wrong for the version or a number is zero
     */
    static IiifSize parse(String text, IiifVersion version) {
        boolean upscale = text.startsWith("^");
        if (upscale && !version.upscalesWithCaret()) {
            throw new BadRequestException("^ (upscaling) is a size form of version 3");
        }
        String body = upscale ? text.substring(1) : text;
        if (body.equals("max") && version.hasMaxSize()) {
            return new IiifSize(Kind.MAX, 0, 0, 0, upscale);
        } else if (body.equals("full") && version.hasFullSize()) {
            return new IiifSize(Kind.FULL, 0, 0, 0, false);
        }
        Matcher pct = PERCENT.matcher(body);
        if (pct.matches()) {
            double n = Double.parseDouble(pct.group(1));
            if (!(n > 0)) {
                throw new BadRequestException("size pct:n must be greater than zero");
            }
            return new IiifSize(Kind.PERCENT, 0, 0, n, upscale);
        }
        Matcher px = PIXELS.matcher(body);
        if (!px.matches() || (px.group(2) == null && px.group(3) == null)
                || (px.group(1) != null && (px.group(2) == null || px.group(3) == null))) {
            throw new BadRequestException(switch (version) {
                case V1 -> "size must be full, w,, ,h, pct:n, w,h or !w,h";
                case V2 -> "size must be full, max, w,, ,h, pct:n, w,h or !w,h";
                case V3 -> "size must be max, w,, ,h, pct:n, w,h or !w,h, optionally after ^";
            });
        }
        long w = px.group(2) == null ? 0 : Long.parseLong(px.group(2));
        long h = px.group(3) == null ? 0 : Long.parseLong(px.group(3));
        if ((px.group(2) != null && w == 0) || (px.group(3) != null && h == 0)) {
            throw new BadRequestException("size width and height must be greater than zero");
        }
        Kind kind = px.group(1) != null ? Kind.CONFINED
                : px.group(2) == null ? Kind.HEIGHT : px.group(3) == null ? Kind.WIDTH : Kind.EXACT;
        return new IiifSize(kind, w, h, 0, upscale);
    }
}
