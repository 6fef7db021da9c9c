/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import io.gigatile.api.SourceUnavailableException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the statuses that are the server's or the configuration's fault into {@link SourceUnavailableException}:
 * the image may exist, the client did nothing wrong. A refusal (403) means the store's credentials are wrong or
 * lack rights; it is logged as an error once per outage, not once per request, and the messages thrown never name
 * the bucket or the key. Thread-safe.
 */
final class S3Refusals {
    private static final Logger LOG = LoggerFactory.getLogger(S3Refusals.class);

    private final String bucket;
    private final AtomicBoolean refusing = new AtomicBoolean();

    /** @param bucket the bucket, for the logs */
    S3Refusals(String bucket) {
        this.bucket = bucket;
    }

    /** Records that the server answered as expected, so that a later refusal is logged again. */
    void answered() {
        refusing.set(false);
    }

    /**
     * @param response a response with a status the caller does not expect
     * @return the exception to throw
     */
    SourceUnavailableException unavailable(HttpResponse<?> response) {
        int status = response.statusCode();
        String request = response.request().method() + " " + response.request().uri();
        if (status == 403) {
            if (refusing.compareAndSet(false, true)) {
                LOG.error("S3 bucket '{}' refuses the store's requests (HTTP 403): check the access and secret"
                        + " keys, the region and the bucket's policy; missing keys also answer 403 when the keys"
                        + " may not list the bucket", bucket);
            }
        } else if (status >= 500 || status == 429) {
            LOG.debug("{} answered HTTP {}", request, status);
        } else {
            // 301 (wrong region), 400 (malformed authorisation), 200 to a ranged GET: the configuration is wrong.
            LOG.warn("{} answered HTTP {}, which the S3 store does not expect", request, status);
        }
        return new SourceUnavailableException(BoundedHttp.UNAVAILABLE, retryAfter(response), null);
    }

    /** Throttling and 503 Slow Down may say how long to wait; passed on to clients when they do. */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").filter(v -> v.matches("\\d{1,5}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(SourceUnavailableException.DEFAULT_RETRY_AFTER);
    }
}
