/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Strict number parsing for command arguments. iipsrv reads them with {@code atoi} and {@code atof}, which turn
 * garbage into 0 and silently change the request; here a malformed number is a bad request.
 */
final class IipNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private IipNumbers() {
    }

    /**
     * @param command the command name, for the message
     * @param text the argument
     * @return its value, 0 or more
     * @throws BadRequestException if it is not a whole number that fits an int, or is negative
     */
    static int natural(String command, String text) {
        String t = text.strip();
        if (!isInteger(t)) {
            throw new BadRequestException(command + " needs a whole number");
        }
        long value = Long.parseLong(t);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new BadRequestException(command + " is out of range");
        }
        return (int) value;
    }

    /**
     * @param command the command name, for the message
     * @param text the argument
     * @return its value, which may be negative
     * @throws BadRequestException if it is not a whole number that fits an int
     */
    static int integer(String command, String text) {
        String t = text.strip();
        if (!isInteger(t)) {
            throw new BadRequestException(command + " needs a whole number");
        }
        long value = Long.parseLong(t);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new BadRequestException(command + " is out of range");
        }
        return (int) value;
    }

    /**
     * A sign or none, then 1 to 10 ASCII digits. A loop rather than a regular expression: tile requests carry
     * two such numbers, and the pattern match was about 2 % of a cached tile's time.
     */
    static boolean isInteger(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
        int digits = t.length() - start;
        if (digits < 1 || digits > 10) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param command the command name, for the message
     * @param text the argument
     * @return its value rounded to a C {@code float}, as iipsrv stores it
     * @throws BadRequestException if it is not a finite decimal number
     */
    static float decimal(String command, String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadRequestException(command + " needs a number");
        }
        float value = (float) Double.parseDouble(t);
        if (!Float.isFinite(value)) {
            throw new BadRequestException(command + " is out of range");
        }
        return value;
    }

    /**
     * @param value a C float
     * @return its shortest decimal as plain text ({@code 0.25}, {@code 1000}, never an exponent), the canonical
     *         form of a number in a transform step's arguments; {@code 0} for either zero
     */
    static String plain(float value) {
        BigDecimal decimal = new BigDecimal(Float.toString(value));
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    /**
     * @param command the command name, for the message
     * @param text a comma-separated list
     * @param count how many items it must have
     * @return the items
     * @throws BadRequestException if there are more or fewer
     */
    static String[] list(String command, String text, int count) {
        String[] items = text.split(",", -1);
        if (items.length != count) {
            throw new BadRequestException(command + " needs " + count + " comma-separated numbers");
        }
        return items;
    }
}
