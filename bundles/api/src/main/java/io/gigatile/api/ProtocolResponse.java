/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a protocol answers: status, media type, body, and the headers that only the protocol knows. Caching
 * and CORS headers are added by the http bundle.
 *
 * @param status the HTTP status
 * @param mediaType the body's media type
 * @param body the body
 * @param lastModified when the underlying image last changed, or null
 * @param headers extra headers (Link, Location...)
 * @since 1.0
 */
public record ProtocolResponse(int status, String mediaType, byte[] body, Instant lastModified,
        Map<String, String> headers) {

    /** Copies the headers and checks the fields. */
    public ProtocolResponse {
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(body);
        headers = Map.copyOf(headers);
    }

    /**
     * @param image a rendered image
     * @return a 200 response carrying it
     */
    public static ProtocolResponse of(RenderedImage image) {
        return new ProtocolResponse(200, image.mediaType(), image.bytes(), image.lastModified(), Map.of());
    }

    /**
     * @param mediaType media type of the text
     * @param text the body, sent as UTF-8
     * @param lastModified modification time of the image it describes, or null
     * @return a 200 response
     */
    public static ProtocolResponse text(String mediaType, String text, Instant lastModified) {
        return new ProtocolResponse(200, mediaType, text.getBytes(StandardCharsets.UTF_8), lastModified, Map.of());
    }

    /**
     * @param name header name
     * @param value header value
     * @return a copy of this response with one more header
     */
    public ProtocolResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProtocolResponse(status, mediaType, body, lastModified, more);
    }
}
