/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.contrast.internal;

import io.gigatile.api.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The contrast argument. iipsrv reads {@code CNT} with {@code (float) atof(...)}; parsing the decimal as a double
 * and then narrowing gives the same float. Unlike {@code atof}, which makes anything unreadable 0 (a black image),
 * only plain decimals are accepted: the engine has already turned {@code CNT=st} into a stretch and {@code "1"}.
 */
final class ContrastFactor {
    /** No hexadecimal, {@code NaN}, {@code Infinity} or {@code d}/{@code f} suffix, which Java would take. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /** Far more than any factor needs; bounds the work a hostile argument costs. */
    private static final int MAX_LENGTH = 400;

    private ContrastFactor() {
    }

    /**
     * @param arguments the transform's arguments
     * @return the factor, finite; 0 and negative factors are allowed, as iipsrv allows them
     * @throws BadRequestException unless there is exactly one finite decimal
     */
    static float parse(List<String> arguments) {
        if (arguments == null || arguments.size() != 1) {
            throw new BadRequestException("contrast takes one factor");
        }
        String text = arguments.get(0) == null ? "" : arguments.get(0).strip();
        if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            throw new BadRequestException("contrast factor is not a decimal number");
        }
        float factor = (float) Double.parseDouble(text);
        if (!Float.isFinite(factor)) {
            throw new BadRequestException("contrast factor is out of range");
        }
        return factor;
    }
}
