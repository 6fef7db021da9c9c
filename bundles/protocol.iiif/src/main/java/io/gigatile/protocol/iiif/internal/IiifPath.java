/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.protocol.PercentDecoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A request path below the IIIF mount, split into version, identifier and parameters. Paths are read from
 * the end, as the spec's implementation notes advise, so identifiers may hold slashes (encoded or not):
 * {@code .../info.json} is an information request, five or more segments are an image request whose last
 * four are {@code region/size/rotation/quality.format}, and anything shorter is the base URI of an image,
 * which redirects to its info.json. A leading {@code 1}, {@code 2} or {@code 3} names the version when an
 * identifier remains after it.
 *
 * @param kind what is asked for
 * @param version the API version that answers
 * @param versioned whether the path named the version
 * @param identifier the image identifier, percent-decoded once
 * @param parameters for image requests the four decoded parameters, else empty
 */
record IiifPath(Kind kind, IiifVersion version, boolean versioned, String identifier, List<String> parameters) {

    /** What a path asks for. */
    enum Kind {
        /** {@code {id}/info.json}. */
        INFO,
        /** {@code {id}/{region}/{size}/{rotation}/{quality}.{format}}. */
        IMAGE,
        /** {@code {id}} alone: the image's base URI. */
        REDIRECT
    }

    static final String SYNTAX = "IIIF syntax is {identifier}/info.json or "
            + "{identifier}/{region}/{size}/{rotation}/{quality}.{format}";
    private static final int IMAGE_PARAMETERS = 4;

    IiifPath {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param rawPath the path below the mount, still percent-encoded
     * @param defaultVersion the version for paths that do not name one: the configured one, or the one the
     *        client's Accept header asks for
     * @return the parsed path
     * @throws BadRequestException if no identifier can be found or an escape is malformed
     */
    static IiifPath parse(String rawPath, IiifVersion defaultVersion) {
        List<String> segments = new ArrayList<>(Arrays.asList(rawPath.split("/", -1)));
        while (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        if (segments.isEmpty()) {
            throw new BadRequestException(SYNTAX);
        }
        int last = segments.size() - 1;
        segments.set(last, withoutQuery(segments.get(last)));
        Kind kind;
        List<String> id;
        List<String> parameters = List.of();
        if (segments.get(last).equals("info.json")) {
            kind = Kind.INFO;
            id = segments.subList(0, last);
        } else if (segments.size() > IMAGE_PARAMETERS) {
            kind = Kind.IMAGE;
            id = segments.subList(0, segments.size() - IMAGE_PARAMETERS);
            parameters = segments.subList(segments.size() - IMAGE_PARAMETERS, segments.size()).stream()
                    .map(PercentDecoding::decodePathSegment).toList();
        } else {
            kind = Kind.REDIRECT;
            id = segments;
        }
        IiifVersion named = id.size() > 1 ? IiifVersion.ofSegment(id.get(0)) : null;
        if (named != null) {
            id = id.subList(1, id.size());
        }
        String identifier = String.join("/", id.stream().map(PercentDecoding::decodePathSegment).toList());
        if (identifier.isEmpty()) {
            throw new BadRequestException("the identifier is missing; " + SYNTAX);
        }
        return new IiifPath(kind, named == null ? defaultVersion : named, named != null, identifier, parameters);
    }

    /** Viewers add {@code ?...} to defeat caches; iipsrv's query form keeps it in the path, so drop it there. */
    private static String withoutQuery(String segment) {
        int q = segment.indexOf('?');
        return q < 0 ? segment : segment.substring(0, q);
    }
}
