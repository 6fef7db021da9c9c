/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads the body of a ranged GET only when it is the range asked for: a 206 of exactly the expected length. Any
 * other body (a whole object from a server that ignored Range, an error document) is left unread and its
 * connection dropped, so a misbehaving server never makes the store download more than a block.
 */
final class RangeBody implements HttpResponse.BodyHandler<byte[]> {
    private final long length;

    /** @param length the length of the range */
    RangeBody(long length) {
        this.length = length;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        if (info.statusCode() == 206 && info.headers().firstValueAsLong("content-length").orElse(-1) == length) {
            return HttpResponse.BodySubscribers.ofByteArray();
        }
        return new Unread();
    }

    /** Cancels the body at once; the response's body is null. */
    private static final class Unread implements HttpResponse.BodySubscriber<byte[]> {
        @Override
        public CompletionStage<byte[]> getBody() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // cancelled: nothing more arrives
        }

        @Override
        public void onError(Throwable throwable) {
            // the body is not wanted, so neither are its failures
        }

        @Override
        public void onComplete() {
            // nothing to finish
        }
    }
}
