/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.Quality;
import io.gigatile.api.TransformStep;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last parameter, {@code quality.format}. Whether the format can be written is the engine's to say.
 *
 * @param quality the quality as the canonical URI spells it in the request's version
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
     * an encoder is a feature this server lacks (501; 1.1 asks for 415).
     */
    static final List<String> KNOWN_FORMATS = List.of("jpg", "png", "tif", "webp", "gif", "jp2", "pdf", "avif");

    /**
     * The format of a 1.1 request whose last parameter names none where the Accept header states no wish the server
     * can meet: jpg is what iipsrv answers, and what every viewer can show.
     */
    static final String IMPLIED_FORMAT = "jpg";

    /**
     * 1.1's names that 2.1 takes too, as iipsrv does (it takes them in every version): clients written for 1.1, or
     * for iipsrv, ask for {@code native} and {@code grey}. Canonical URIs give 2.1's names.
     */
    private static final Map<String, Quality> V2_ALIASES = Map.of("native", Quality.DEFAULT, "grey", Quality.GRAY);

    /**
     * @param text the parameter, decoded, cache-busting query already cut off
     * @param version the API version: 1.1 names the qualities {@code native}, {@code color}, {@code grey} and
     *        {@code bitonal} and may leave out the format; 2.1 and 3.0 say {@code default} and {@code gray}, and
     *        2.1 also takes 1.1's {@code native} and {@code grey}
     * @param extensions whether iipsrv's extra qualities ({@link #EXTENSIONS}) are taken
     * @return the quality and format
     * @throws BadRequestException if either is missing or not one of the names taken
     */
    static QualityFormat parse(String text, IiifVersion version, boolean extensions) {
        return parse(text, version, extensions, IMPLIED_FORMAT);
    }

    /**
     * @param text the parameter
     * @param version the API version
     * @return whether the parameter leaves the format to the server (1.1 only; elsewhere it is malformed)
     */
    static boolean leavesOutFormat(String text, IiifVersion version) {
        return version.formatIsOptional() && text.lastIndexOf('.') < 0;
    }

    /**
     * @param implied the format of a 1.1 request that names none (see {@link FormatNegotiation})
     */
    static QualityFormat parse(String text, IiifVersion version, boolean extensions, String implied) {
        int dot = text.lastIndexOf('.');
        if (dot < 0 && !version.formatIsOptional()) {
            throw new BadRequestException("the last parameter must be {quality}.{format}");
        }
        String format = dot < 0 ? implied : text.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!KNOWN_FORMATS.contains(format)) {
            throw new BadRequestException("format must be one of " + String.join(", ", KNOWN_FORMATS));
        }
        String name = dot < 0 ? text : text.substring(0, dot);
        TransformStep extension = extensions ? EXTENSIONS.get(name) : null;
        if (extension != null) {
            return new QualityFormat(name, Quality.DEFAULT, extension, format);
        }
        Quality value = Arrays.stream(Quality.values()).filter(q -> name(q, version).equals(name)).findFirst()
                .orElse(version == IiifVersion.V2 ? V2_ALIASES.get(name) : null);
        if (value == null) {
            List<String> names = Arrays.stream(Quality.values()).map(q -> name(q, version)).toList();
            throw new BadRequestException("quality must be " + String.join(", ", names)
                    + (extensions ? " or one of " + String.join(", ", EXTENSIONS.keySet()) : ""));
        }
        return new QualityFormat(name(value, version), value, null, format);
    }

    /**
     * @param quality a quality
     * @param version the API version
     * @return its name in that version, as info.json lists it and canonical URIs spell it
     */
    static String name(Quality quality, IiifVersion version) {
        boolean v1 = version == IiifVersion.V1;
        return switch (quality) {
            case DEFAULT -> v1 ? "native" : "default";
            case COLOR -> "color";
            case GRAY -> v1 ? "grey" : "gray";
            case BITONAL -> "bitonal";
        };
    }
}
