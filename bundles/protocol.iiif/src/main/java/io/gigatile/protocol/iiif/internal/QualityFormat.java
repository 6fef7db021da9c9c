/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Quality;
import io.gigatile.api.TransformStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last parameter, {@code quality.format}. Whether the format can be written is the engine's to say.
 *
 * @param quality the quality as the canonical URI spells it
 * @param value the quality for the engine
 * @param extension the transform step of one of iipsrv's extra qualities, or null
 * @param format the format name, lower case
 */
record QualityFormat(String quality, Quality value, TransformStep extension, String format) {
    /**
     * iipsrv's extra qualities (IIIF_EXTENSIONS), in the order its info.json lists them, and the transform step each
     * is: the inverse, a contrast stretch over the image's range, histogram equalisation and a logarithm, as IIP's
     * INV, CNT=st, CNT=eq and GAM=log.
     */
    static final Map<String, TransformStep> EXTENSIONS = extensions();

    private static Map<String, TransformStep> extensions() {
        Map<String, TransformStep> e = new LinkedHashMap<>();
        e.put("negative", new TransformStep("invert", List.of()));
        e.put("stretch", new TransformStep("contrast", List.of("stretch")));
        e.put("equalization", new TransformStep("equalise", List.of()));
        e.put("log", new TransformStep("gamma", List.of("log")));
        return Collections.unmodifiableMap(e);
    }

    /**
     * The output formats the Image API names (jpg, tif, png, gif, jp2, pdf, webp) and avif, which iipsrv also
     * writes, in the order info.json lists them. Another name is a malformed request (400); one of these without
     * an encoder is a feature this server lacks (501).
     */
    static final List<String> KNOWN_FORMATS = List.of("jpg", "png", "tif", "webp", "gif", "jp2", "pdf", "avif");


    /**
     * @param text the parameter, decoded, cache-busting query already cut off
     * @param version the API version; 2.1 also takes 1.1's {@code native} for {@code default}
     * @param extensions whether iipsrv's extra qualities ({@link #EXTENSIONS}) are taken
     * @return the quality and format
     * @throws BadRequestException if either is missing or not one of the names taken
     */
    static QualityFormat parse(String text, IiifVersion version, boolean extensions) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            throw new BadRequestException("the last parameter must be {quality}.{format}");
        }
        String format = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!KNOWN_FORMATS.contains(format)) {
            throw new BadRequestException("format must be one of " + String.join(", ", KNOWN_FORMATS));
        }
        String name = text.substring(0, dot);
        TransformStep extension = extensions ? EXTENSIONS.get(name) : null;
        if (extension != null) {
            return new QualityFormat(name, Quality.DEFAULT, extension, format);
        }
        Quality value = switch (name) {
            case "default" -> Quality.DEFAULT;
            case "color" -> Quality.COLOR;
            case "gray" -> Quality.GRAY;
            case "bitonal" -> Quality.BITONAL;
            case "native" -> version == IiifVersion.V2 ? Quality.DEFAULT : null;
            default -> null;
        };
        if (value == null) {
            throw new BadRequestException("quality must be default, color, gray or bitonal"
                    + (extensions ? " or one of " + String.join(", ", EXTENSIONS.keySet()) : ""));
        }
        return new QualityFormat(value == Quality.DEFAULT ? "default" : name, value, null, format);
    }
}
