/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import io.gigatile.api.SourceUnavailableException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link HttpClient} whose every exchange ends within the timeout, answered or not: HTTP/1.1, redirects never
 * followed. A request's own timeout ends when the response headers arrive, so the whole exchange is also waited
 * for with the timeout and cancelled when it runs out. Failures become {@link SourceUnavailableException}s naming
 * no server; the log has the details. Thread-safe.
 */
final class TimedClient {
    static final String UNAVAILABLE = "image store unavailable";
    private static final Logger LOG = LoggerFactory.getLogger(TimedClient.class);

    private final Duration timeout;
    private final HttpClient client;

    /** @param timeout the bound on connecting and on each whole exchange */
    TimedClient(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /**
     * @param request the request, with the timeout set
     * @param handler what to make of the body
     * @return the response, whatever its status
     * @throws SourceUnavailableException if the exchange fails, times out or the thread is interrupted
     */
    <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) {
        CompletableFuture<HttpResponse<T>> response = client.sendAsync(request, handler);
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable(request.uri(), "interrupted", e);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw unavailable(request.uri(), "no answer within " + timeout, e);
        } catch (ExecutionException e) {
            throw unavailable(request.uri(), String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * @param uri what was asked, for the log
     * @param why what went wrong, for the log
     * @param cause the failure, kept as the cause (logged, never shown)
     * @return the exception to throw
     */
    static SourceUnavailableException unavailable(URI uri, String why, Throwable cause) {
        LOG.warn("Request for {} failed: {}", uri, why);
        return new SourceUnavailableException(UNAVAILABLE, cause);
    }

    /** Java 21 and later can close a client at once; before, it goes when no longer referenced. */
    void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the HTTP client failed", e);
            }
        }
    }
}
