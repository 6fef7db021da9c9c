/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.TransformStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input ranges IIP's {@code MINMAX=<channel>:<min>,<max>} sets for one open image, as iipsrv's MINMAX command
 * sets them: the channel counts from 0, {@code -} means every channel, a channel the image does not have is
 * ignored, and later commands overwrite earlier ones. The values are C floats, as iipsrv keeps them. Unlike
 * iipsrv (which reads the numbers with {@code atoi}/{@code atof}), a malformed argument is a bad request.
 */
final class MinMax {
    private final ImageInfo info;
    private final float[] min;
    private final float[] max;
    private final boolean[] set;

    /** @param info the open image */
    MinMax(ImageInfo info) {
        this.info = info;
        this.min = new float[info.bands()];
        this.max = new float[info.bands()];
        this.set = new boolean[info.bands()];
    }

    /**
     * @param argument {@code channel:min,max}
     * @throws BadRequestException if it is not of that form
     */
    void apply(String argument) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            throw new BadRequestException("MINMAX needs channel:min,max");
        }
        String channel = argument.substring(0, colon).strip();
        String[] range = IipNumbers.list("MINMAX", argument.substring(colon + 1), 2);
        float lo = IipNumbers.decimal("MINMAX", range[0]);
        float hi = IipNumbers.decimal("MINMAX", range[1]);
        int first;
        int last;
        if (channel.equals("-")) {
            first = 0;
            last = set.length - 1;
        } else {
            first = IipNumbers.integer("MINMAX", channel);
            last = first;
            if (first < 0 || first >= set.length) {
                return;
            }
        }
        for (int band = first; band <= last; band++) {
            min[band] = lo;
            max[band] = hi;
            set[band] = true;
        }
    }

    /** @return the lowest value of a band: the MINMAX one, else the image's */
    double min(int band) {
        return set[band] ? min[band] : info.minValue(band);
    }

    /** @return the highest value of a band: the MINMAX one, else the image's */
    double max(int band) {
        return set[band] ? max[band] : info.maxValue(band);
    }

    /**
     * @return the engine's {@code normalise} step with the range of every band ({@code [min0, max0, min1, ...]},
     *         the image's own where MINMAX set none), or empty when no MINMAX applied
     */
    Optional<TransformStep> step() {
        boolean any = false;
        for (boolean b : set) {
            any |= b;
        }
        if (!any) {
            // the common case, on every tile: nothing to format
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(set.length * 2);
        for (int band = 0; band < set.length; band++) {
            args.add(set[band] ? text(min[band]) : text(info.minValue(band), 0));
            args.add(set[band] ? text(max[band]) : text(info.maxValue(band), 1));
        }
        return Optional.of(new TransformStep("normalise", args));
    }

    private static String text(float value) {
        return IipNumbers.plain(value);
    }

    /** A range the decoder could not measure goes as the engine would take it: 0 to 1. */
    private static String text(double value, double unknown) {
        return plain(BigDecimal.valueOf(Double.isFinite(value) ? value : unknown));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
