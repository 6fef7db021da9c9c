/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.store.remote.ObjectHead;
import io.gigatile.store.remote.RemoteObjects;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Objects under a base URL, read with HEAD and ranged GET requests on one {@link java.net.http.HttpClient}.
 *
 * <p>Redirects are not followed, since one could lead out of the base URL: a 3xx is not found, as are 404, 410,
 * 401, 403 and other client errors. 5xx, 408, 429, failed connections and timeouts are unavailable. Reads are
 * conditional on the version resolved ({@code If-Match}, or {@code If-Unmodified-Since} when the server gives no
 * strong ETag), so a replaced object answers 412, which is not found. A server that ignores Range is tolerated
 * for objects up to {@link #WHOLE_BODY_LIMIT}. Each call waits one timeout at most (see {@link TimedClient}).
 *
 * <p>Thread-safe. Exceptions carry short messages without the URL; details go to the log.
 */
final class HttpRangeObjects implements RemoteObjects {
    /** The largest object read whole from a server that ignores Range. */
    static final long WHOLE_BODY_LIMIT = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(HttpRangeObjects.class);

    private final HttpEndpoint endpoint;
    private final TimedClient client;

    /** @param endpoint where and how to ask */
    HttpRangeObjects(HttpEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = new TimedClient(endpoint.timeout());
    }

    @Override
    public Optional<ObjectHead> head(String name) {
        URI uri = endpoint.uri(name);
        HttpResponse<Void> response = client.send(endpoint.request(uri).method("HEAD", HttpRequest.BodyPublishers
                .noBody()).build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status != 200) {
            failIfUnavailable(response);
            LOG.debug("HEAD {} answered {}: not found", uri, status);
            return Optional.empty();
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isEmpty() || length.getAsLong() < 0) {
            LOG.warn("HEAD {} gave no Content-Length, so the image cannot be read by ranges", uri);
            return Optional.empty();
        }
        return Optional.of(new ObjectHead(length.getAsLong(), response.headers().firstValue("ETag").orElse(""),
                Validators.lastModified(response.headers())));
    }

    @Override
    public byte[] read(String name, ObjectHead head, long position, int length) {
        URI uri = endpoint.uri(name);
        HttpRequest.Builder request = endpoint.request(uri).GET()
                .header("Range", "bytes=" + position + "-" + (position + length - 1));
        Validators.precondition(request, head);
        HttpResponse<byte[]> response = client.send(request.build(), body(head, length));
        int status = response.statusCode();
        byte[] body = response.body();
        if (status == 206 && Validators.sameVersion(response.headers(), head)) {
            if (!Validators.contentRange(response.headers(), position, length, head.size())) {
                throw changed(uri, "Content-Range differs from the range asked");
            }
            if (body == null || body.length != length) {
                throw TimedClient.unavailable(uri, "a partial response of the wrong length", null);
            }
            return body;
        }
        if (status == 200 && Validators.sameVersion(response.headers(), head)) {
            if (head.size() > WHOLE_BODY_LIMIT) {
                LOG.warn("GET {} ignored the Range header; use a server that supports ranges", uri);
                throw new SourceUnavailableException("the image server does not support range requests", null);
            }
            if (body == null || body.length != head.size()) {
                throw changed(uri, "the whole body has another length");
            }
            return Arrays.copyOfRange(body, (int) position, (int) position + length);
        }
        failIfUnavailable(response);
        throw changed(uri, "status " + status);
    }

    /** Reads a body only where it is expected and bounded, discarding error pages and oversized answers. */
    private static BodyHandler<byte[]> body(ObjectHead head, int length) {
        return info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean partial = info.statusCode() == 206 && declared <= length;
            boolean whole = info.statusCode() == 200 && head.size() <= WHOLE_BODY_LIMIT && declared <= head.size();
            return partial || whole ? BodySubscribers.ofByteArray() : BodySubscribers.replacing(null);
        };
    }

    private static void failIfUnavailable(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            LOG.warn("{} {} answered {}", response.request().method(), response.request().uri(), status);
            throw new SourceUnavailableException(TimedClient.UNAVAILABLE, Validators.retryAfter(response.headers()),
                    null);
        }
        if (status == 401 || status == 403) {
            LOG.warn("{} {} answered {}: are the configured headers right?", response.request().method(),
                    response.request().uri(), status);
        }
    }

    private static ImageNotFoundException changed(URI uri, String why) {
        LOG.debug("GET {}: not found or changed since resolved ({})", uri, why);
        return new ImageNotFoundException("image not found");
    }

    @Override
    public void close() {
        client.close();
    }
}
