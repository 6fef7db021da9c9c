/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.twist.internal;

import io.gigatile.api.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The twist matrix, one argument per row (output band), each a comma-separated list of coefficients (one per
 * input band). iipsrv reads each coefficient with {@code atof} into a float; parsing the decimal as a double and
 * narrowing gives the same float. Unlike {@code atof}, which makes anything unreadable 0 and so quietly blanks a
 * band, only plain decimals are accepted.
 */
final class TwistMatrix {
    /** No hexadecimal, {@code NaN}, {@code Infinity} or {@code d}/{@code f} suffix, which Java would take. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /** Far more bands than any image has; bounds the work (and memory) a hostile request costs. */
    static final int MAX_SIZE = 64;
    /** Longer than any useful decimal; checked before the pattern so a huge token costs nothing. */
    private static final int MAX_TOKEN = 50;

    private TwistMatrix() {
    }

    /**
     * @param arguments the rows
     * @return the matrix, {@code [row][column]}, rows possibly of different lengths, every coefficient finite
     * @throws BadRequestException for no rows, an empty row, more than 64 rows or columns, or a coefficient that
     *         is not a finite decimal
     */
    static float[][] parse(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            throw new BadRequestException("twist needs a matrix, one argument per row");
        }
        if (arguments.size() > MAX_SIZE) {
            throw new BadRequestException("twist takes at most " + MAX_SIZE + " rows");
        }
        float[][] matrix = new float[arguments.size()][];
        for (int k = 0; k < matrix.length; k++) {
            matrix[k] = row(arguments.get(k), k + 1);
        }
        return matrix;
    }

    private static float[] row(String text, int number) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("twist row " + number + " is empty");
        }
        // the limit stops splitting a huge argument early: one part more than allowed is enough to refuse it
        String[] tokens = text.split(",", MAX_SIZE + 1);
        if (tokens.length > MAX_SIZE) {
            throw new BadRequestException("twist takes at most " + MAX_SIZE + " columns");
        }
        float[] row = new float[tokens.length];
        for (int j = 0; j < tokens.length; j++) {
            String token = tokens[j].strip();
            if (token.length() > MAX_TOKEN || !DECIMAL.matcher(token).matches()) {
                throw new BadRequestException("twist row " + number + " is not a list of decimal numbers");
            }
            row[j] = (float) Double.parseDouble(token);
            if (!Float.isFinite(row[j])) {
                throw new BadRequestException("twist row " + number + " has a coefficient out of range");
            }
        }
        return row;
    }
}
