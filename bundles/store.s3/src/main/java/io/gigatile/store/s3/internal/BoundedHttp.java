/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.api.SourceUnavailableException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP client whose every exchange, body included, ends within the timeout. HttpRequest's own timeout only
 * covers the wait for the response headers, so the whole exchange is also waited for with a deadline and cancelled
 * after it. Redirects are never followed: a redirect could lead out of the bucket. Thread-safe.
 */
final class BoundedHttp {
    static final String UNAVAILABLE = "image store unavailable";

    private static final Logger LOG = LoggerFactory.getLogger(BoundedHttp.class);

    private final Duration timeout;
    private final ExecutorService executor;
    private final HttpClient client;

    /**
     * @param timeout the bound of each exchange, connecting included
     * @param name names the client's threads, so that a thread dump tells which store they serve
     */
    BoundedHttp(Duration timeout, String name) {
        this.timeout = timeout;
        // An own executor, so that deactivating the component ends the client's threads on Java 17 too.
        this.executor = Executors.newCachedThreadPool(daemonThreads(name));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
    }

    /** @return the bound of each exchange, also set on each request */
    Duration timeout() {
        return timeout;
    }

    /**
     * @param request the request
     * @param body how to read the body
     * @return the response
     * @throws SourceUnavailableException if the server cannot be reached or does not answer in time, or the
     *         calling thread is interrupted
     */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        CompletableFuture<HttpResponse<T>> exchange;
        try {
            exchange = client.sendAsync(request, body);
        } catch (RejectedExecutionException | IllegalStateException e) {
            throw new SourceUnavailableException(UNAVAILABLE, e);
        }
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(UNAVAILABLE, e);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            LOG.debug("{} {} took longer than {}", request.method(), request.uri(), timeout);
            throw new SourceUnavailableException(UNAVAILABLE, e);
        } catch (ExecutionException e) {
            LOG.debug("{} {} failed: {}", request.method(), request.uri(), e.getCause().toString());
            throw new SourceUnavailableException(UNAVAILABLE, e.getCause());
        }
    }

    /** Ends the client's threads and, on Java 21 and later, its connections. */
    void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("closing the HTTP client failed", e);
            }
        }
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
