/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.BadRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bracketed lists of CTW ({@code [a,b,c;d,e,f]}) and CNV ({@code [a,b,c,...]} or a kernel's name). iipsrv
 * takes what lies between the first {@code [} and the first {@code ]}, or the whole argument without them, and
 * splits it with its Tokenizer, which skips empty items; so does this, but an unmatched bracket or an item that is
 * not a number is a bad request rather than a silent 0.
 */
final class IipMatrix {
    /** Far more than any real kernel or colour twist needs; bounds the work a hostile argument costs. */
    static final int MAX_TEXT = 4096;

    private IipMatrix() {
    }

    /**
     * @param command the command name, for the message
     * @param value the argument as decoded
     * @return the text inside the brackets, or the whole argument if it has none
     * @throws BadRequestException if a bracket is unmatched, misplaced or the text is too long
     */
    static String inner(String command, String value) {
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new BadRequestException(command + " is too long");
        }
        if (text.startsWith("[") && text.endsWith("]") && text.length() > 1) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            throw new BadRequestException(command + " needs [ and ] around its values");
        }
        return text;
    }

    /**
     * @param text a list
     * @param separator what separates its items
     * @return the items, stripped, empty ones left out as iipsrv's Tokenizer leaves them out
     */
    static List<String> items(String text, char separator) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(String.valueOf(separator), -1)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /**
     * @param command the command name, for the message
     * @param items numbers as text
     * @return each as the canonical text of its C float value
     * @throws BadRequestException if one is not a finite number
     */
    static List<String> numbers(String command, List<String> items) {
        List<String> numbers = new ArrayList<>(items.size());
        for (String item : items) {
            numbers.add(IipNumbers.plain(IipNumbers.decimal(command, item)));
        }
        return numbers;
    }
}
