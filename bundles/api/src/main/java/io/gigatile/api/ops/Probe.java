/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented beside {@link io.gigatile.api.ImageStore} or {@link io.gigatile.api.ResponseCache} by a service whose
 * work depends on something that may not answer (a folder, a bucket, memcached servers). A health check calls it
 * on each request for the server's health, from any thread, and not more often than that.
 *
 * @since 1.0
 */
@ConsumerType
public interface Probe {

    /**
     * Asks, within a short time (about a second at most), whether what the service depends on answers.
     *
     * @return the answer; never null, never thrown
     */
    Result probe();

    /**
     * A probe's answer.
     *
     * @param reachable whether the service can do its work now
     * @param detail a short reason for operators, public: no paths, hosts' credentials, keys or stack traces
     */
    record Result(boolean reachable, String detail) {

        /** @return a reachable result with the detail {@code ok} */
        public static Result ok() {
            return new Result(true, "ok");
        }

        /**
         * @param detail why not, public
         * @return an unreachable result
         */
        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }
}
