/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three versions of the Image API served, with the URIs each names itself by and the syntax that differs
 * between them. 2.1 kept most of 1.1's syntax and added to it; 3.0 dropped some of both.
 */
enum IiifVersion {
    /** Image API 1.1, whose URIs are still Stanford's. */
    V1("1", "http://library.stanford.edu/iiif/image-api/1.1/context.json",
            "http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2"),
    /** Image API 2.1. */
    V2("2", "http://iiif.io/api/image/2/context.json", "http://iiif.io/api/image/2/level2.json"),
    /** Image API 3.0. */
    V3("3", "http://iiif.io/api/image/3/context.json", "http://iiif.io/api/image/3/level2.json");

    /** The {@code protocol} value of every 2.1 and 3.0 info.json. */
    static final String PROTOCOL = "http://iiif.io/api/image";

    /**
     * A context URI in an Accept header: iipsrv's form {@code http://iiif.io/api/image/N/context.json} (which 1.1
     * services such as Gallica also wrote for 1.1), or 1.1's own.
     */
    private static final Pattern ACCEPTED_CONTEXT = Pattern.compile("http://iiif\\.io/api/image/(\\d+)/context\\.json"
            + "|http://library\\.stanford\\.edu/iiif/image-api/1\\.1/context\\.json");

    private final String number;
    private final String context;
    private final String profile;

    IiifVersion(String number, String context, String profile) {
        this.number = number;
        this.context = context;
        this.profile = profile;
    }

    /** @return the version as it appears in paths, {@code 1}, {@code 2} or {@code 3} */
    String number() {
        return number;
    }

    /** @return the JSON-LD context URI */
    String context() {
        return context;
    }

    /** @return the compliance level 2 profile URI */
    String profile() {
        return profile;
    }

    /**
     * 3.0 refuses sizes larger than the region unless {@code ^} asks for them; 1.1 and 2.1 have no {@code ^} and
     * upscale wherever the engine allows it.
     *
     * @return whether upscaling is asked for with {@code ^}
     */
    boolean upscalesWithCaret() {
        return this == V3;
    }

    /** @return whether the size parameter takes {@code full} (1.1, 2.1; 3.0 replaced it with {@code max}) */
    boolean hasFullSize() {
        return this != V3;
    }

    /** @return whether the size parameter takes {@code max} (2.1 added it) */
    boolean hasMaxSize() {
        return this != V1;
    }

    /** @return whether the region parameter takes {@code square} (2.1 added it) */
    boolean hasSquareRegion() {
        return this != V1;
    }

    /** @return whether the rotation parameter takes {@code !} to mirror (2.1 added it) */
    boolean hasMirroring() {
        return this != V1;
    }

    /** @return whether the last parameter may leave out {@code .format} (1.1: the server then chooses) */
    boolean formatIsOptional() {
        return this == V1;
    }

    /**
     * @param segment a path segment
     * @return the version it names, or null
     */
    static IiifVersion ofSegment(String segment) {
        return switch (segment) {
            case "1" -> V1;
            case "2" -> V2;
            case "3" -> V3;
            default -> null;
        };
    }

    /**
     * The version a client asks for in its Accept header by a context URI, as iipsrv 1.3 reads it for paths that
     * name none. The first context URI of a version served wins; others (a version 4, say) are passed over.
     *
     * @param accept the Accept header, or null
     * @return the version named, or empty
     */
    static Optional<IiifVersion> ofAccept(String accept) {
        // every tile request passes here, and browsers' Accept headers name no context: no regex for them
        if (accept == null || !accept.contains("context.json")) {
            return Optional.empty();
        }
        Matcher m = ACCEPTED_CONTEXT.matcher(accept);
        while (m.find()) {
            IiifVersion named = m.group(1) == null ? V1 : ofSegment(m.group(1));
            if (named != null) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
