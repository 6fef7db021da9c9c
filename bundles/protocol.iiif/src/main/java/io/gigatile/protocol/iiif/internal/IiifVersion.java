/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

/** The two versions of the Image API served, with the URIs each names itself by. */
enum IiifVersion {
    /** Image API 2.1. */
    V2("2", "http://iiif.io/api/image/2/context.json", "http://iiif.io/api/image/2/level2.json"),
    /** Image API 3.0. */
    V3("3", "http://iiif.io/api/image/3/context.json", "http://iiif.io/api/image/3/level2.json");

    /** The {@code protocol} value of every info.json. */
    static final String PROTOCOL = "http://iiif.io/api/image";

    private final String number;
    private final String context;
    private final String profile;

    IiifVersion(String number, String context, String profile) {
        this.number = number;
        this.context = context;
        this.profile = profile;
    }

    /** @return the version as it appears in paths, {@code 2} or {@code 3} */
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
     * @param segment a path segment
     * @return the version it names, or null
     */
    static IiifVersion ofSegment(String segment) {
        return switch (segment) {
            case "2" -> V2;
            case "3" -> V3;
            default -> null;
        };
    }
}
