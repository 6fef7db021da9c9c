/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.store.remote.ObjectHead;
import io.gigatile.store.remote.RemoteObjects;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The objects of one bucket below one key prefix, read with HEAD and ranged GET requests, signed with SigV4 or,
 * without credentials, unsigned for public buckets. A ranged GET names the version it reads (If-Match with the
 * ETag), so a replaced object is never read half old, half new. Thread-safe.
 */
final class S3Objects implements RemoteObjects {
    // IMF-fixdate; RFC_1123_DATE_TIME would write single-digit days, which strict servers refuse
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final S3Location location;
    private final String keyPrefix;
    private final Optional<SigV4Signer> signer;
    private final BoundedHttp http;
    private final Clock clock;
    private final S3Refusals refusals;

    S3Objects(S3Location location, String keyPrefix, Optional<SigV4Signer> signer, BoundedHttp http, Clock clock) {
        this.location = location;
        this.keyPrefix = keyPrefix;
        this.signer = signer;
        this.http = http;
        this.clock = clock;
        this.refusals = new S3Refusals(location.bucket());
    }

    @Override
    public Optional<ObjectHead> head(String name) {
        HttpResponse<Void> response = http.send(request("HEAD", name, Map.of()), BodyHandlers.discarding());
        if (response.statusCode() == 404) {
            refusals.answered();
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw refusals.unavailable(response);
        }
        refusals.answered();
        long size = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (size < 0) {
            throw refusals.unavailable(response);
        }
        return Optional.of(new ObjectHead(size, response.headers().firstValue("etag").orElse(""),
                response.headers().firstValue("last-modified").map(S3Objects::httpDate).orElse(Instant.EPOCH)));
    }

    @Override
    public byte[] read(String name, ObjectHead head, long position, int length) {
        if (length == 0) {
            return new byte[0];
        }
        Map<String, String> headers = new TreeMap<>();
        headers.put("range", "bytes=" + position + "-" + (position + length - 1));
        if (!head.etag().isEmpty()) {
            headers.put("if-match", head.etag());
        } else if (!head.lastModified().equals(Instant.EPOCH)) {
            // HTTP dates drop the fraction of the second that servers keeping files (s3proxy) compare with
            headers.put("if-unmodified-since", HTTP_DATE.format(head.lastModified().plusSeconds(1)));
        }
        HttpResponse<byte[]> response = http.send(request("GET", name, headers), new RangeBody(length));
        int status = response.statusCode();
        // 412: the ETag changed; 416: the object shrank below the range. Either way the version read has gone.
        if (status == 404 || status == 412 || status == 416) {
            refusals.answered();
            throw new ImageNotFoundException(S3Keys.NOT_FOUND);
        }
        if (status != 206 || response.body() == null) {
            throw refusals.unavailable(response);
        }
        refusals.answered();
        String range = response.headers().firstValue("content-range").orElse("");
        if (!range.endsWith("/" + head.size())) {
            throw new ImageNotFoundException(S3Keys.NOT_FOUND); // another length: another version
        }
        if (!range.equals("bytes " + position + "-" + (position + length - 1) + "/" + head.size())) {
            throw new SourceUnavailableException(BoundedHttp.UNAVAILABLE, null);
        }
        return response.body();
    }

    @Override
    public void close() {
        http.close();
    }

    private HttpRequest request(String method, String name, Map<String, String> headers) {
        String key = S3Keys.key(keyPrefix, name);
        HttpRequest.Builder request = HttpRequest.newBuilder(location.uri(key)).timeout(http.timeout())
                .method(method, HttpRequest.BodyPublishers.noBody());
        Map<String, String> sent = signer.map(s -> s.sign(method, location.host(), location.path(key), headers,
                SigV4Signer.EMPTY_PAYLOAD_SHA256, clock.instant())).orElse(headers);
        sent.forEach(request::header);
        return request.build();
    }

    private static Instant httpDate(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public String toString() {
        return location + "/" + keyPrefix;
    }
}
