/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Quality;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last parameter, {@code quality.format}. Whether the format can be written is the engine's to say.
 *
 * @param quality the quality as the canonical URI spells it
 * @param value the quality for the engine
 * @param format the format name, lower case
 */
record QualityFormat(String quality, Quality value, String format) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]{1,10}");

    /**
     * @param text the parameter, decoded, cache-busting query already cut off
     * @param version the API version; 2.1 also takes 1.1's {@code native} for {@code default}
     * @return the quality and format
     * @throws BadRequestException if either is missing or not one of the spec's names
     */
    static QualityFormat parse(String text, IiifVersion version) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            throw new BadRequestException("the last parameter must be {quality}.{format}");
        }
        String format = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(format).matches()) {
            throw new BadRequestException("format must be a format name such as jpg or png");
        }
        String name = text.substring(0, dot);
        Quality value = switch (name) {
            case "default" -> Quality.DEFAULT;
            case "color" -> Quality.COLOR;
            case "gray" -> Quality.GRAY;
            case "bitonal" -> Quality.BITONAL;
            case "native" -> version == IiifVersion.V2 ? Quality.DEFAULT : null;
            default -> null;
        };
        if (value == null) {
            throw new BadRequestException("quality must be default, color, gray or bitonal");
        }
        return new QualityFormat(value == Quality.DEFAULT ? "default" : name, value, format);
    }
}
