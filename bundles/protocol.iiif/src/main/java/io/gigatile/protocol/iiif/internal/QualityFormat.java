/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Quality;
import java.util.List;
import java.util.Locale;

/**
 * The last parameter, {@code quality.format}. Whether the format can be written is the engine's to say.
 *
 * @param quality the quality as the canonical URI spells it
 * @param value the quality for the engine
 * @param format the format name, lower case
 */
record QualityFormat(String quality, Quality value, String format) {
    /**
     * The output formats the Image API names (jpg, tif, png, gif, jp2, pdf, webp) and avif, which iipsrv also
     * writes, in the order info.json lists them. Another name is a malformed request (400); one of these without
     * an encoder is a feature this server lacks (501).
     */
    static final List<String> KNOWN_FORMATS = List.of("jpg", "png", "tif", "webp", "gif", "jp2", "pdf", "avif");

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
        if (!KNOWN_FORMATS.contains(format)) {
            throw new BadRequestException("format must be one of " + String.join(", ", KNOWN_FORMATS));
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
