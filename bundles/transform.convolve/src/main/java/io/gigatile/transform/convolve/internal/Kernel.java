/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.convolve.internal;

import io.gigatile.api.BadRequestException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A square kernel of odd side 1, 3 or 5: one of iipsrv's named kernels (iip:src/Task.cc {@code CNV}), or the
 * values given row by row. iipsrv reads values with {@code atof} into floats; parsing the decimal as a double and
 * narrowing gives the same float. Unlike iipsrv, which ignores a kernel it cannot use and answers unfiltered,
 * anything malformed is refused.
 */
final class Kernel {
    /** No hexadecimal, {@code NaN}, {@code Infinity} or {@code d}/{@code f} suffix, which Java would take. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /** Longer than any useful decimal; checked before the pattern so a huge argument costs nothing. */
    private static final int MAX_TOKEN = 50;
    /** iipsrv's limit, 5x5: each output sample costs side * side products. */
    private static final int MAX_VALUES = 25;
    /** iipsrv's kernels, exactly; read row by row, applied without flipping (a correlation), as iipsrv does. */
    private static final Map<String, float[]> NAMED = Map.of(
            "sobel", new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1},
            "prewitt", new float[] {1, 0, -1, 1, 0, -1, 1, 0, -1},
            "scharr", new float[] {-3, 0, 3, -10, 0, 10, -3, 0, 3},
            "laplace", new float[] {-1, -1, -1, -1, 8, -1, -1, -1, -1},
            "gaussian", new float[] {1, 2, 1, 2, 4, 2, 1, 2, 1},
            "sharpen", new float[] {0, -1, 0, -1, 5, -1, 0, -1, 0},
            "emboss", new float[] {-2, -1, 0, -1, 1, 1, 0, 1, 2});

    /** Shared by every request with a named kernel: never written after construction. */
    private final float[] values;
    private final int side;
    private final float total;

    private Kernel(float[] values) {
        this.values = values;
        this.side = (int) Math.sqrt(values.length);
        // iipsrv's std::accumulate from 0.0: a double sum of the floats, kept as a float
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        this.total = (float) sum;
    }

    /**
     * @param arguments one kernel name (any case), or 1, 9 or 25 decimals, row by row
     * @return the kernel
     * @throws BadRequestException for an unknown name, a count that is not an odd square up to 25, or a value
     *         that is not a finite decimal
     */
    static Kernel parse(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            throw new BadRequestException("convolve needs a kernel name or values");
        }
        int count = arguments.size();
        if (count == 1) {
            String name = arguments.get(0) == null ? "" : arguments.get(0).strip().toLowerCase(Locale.ROOT);
            float[] named = NAMED.get(name);
            if (named != null) {
                return new Kernel(named);
            }
            if (name.length() > MAX_TOKEN || !DECIMAL.matcher(name).matches()) {
                throw new BadRequestException("convolve kernel name is unknown");
            }
        }
        if (count > MAX_VALUES) {
            throw new BadRequestException("convolve kernels are at most 5x5");
        }
        int side = (int) Math.sqrt(count);
        if (side * side != count) {
            throw new BadRequestException("convolve kernel is not square");
        }
        if (side % 2 == 0) {
            throw new BadRequestException("convolve kernel side is not odd");
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = value(arguments.get(i));
        }
        return new Kernel(values);
    }

    private static float value(String text) {
        String token = text == null ? "" : text.strip();
        if (token.length() > MAX_TOKEN || !DECIMAL.matcher(token).matches()) {
            throw new BadRequestException("convolve kernel values are decimal numbers");
        }
        float value = (float) Double.parseDouble(token);
        if (!Float.isFinite(value)) {
            throw new BadRequestException("convolve kernel value is out of range");
        }
        return value;
    }

    /** @return the values row by row (do not modify) */
    float[] values() {
        return values;
    }

    /** @return the side, 1, 3 or 5 */
    int side() {
        return side;
    }

    /** @return the values' sum, by which results are divided when it is positive */
    float total() {
        return total;
    }
}
