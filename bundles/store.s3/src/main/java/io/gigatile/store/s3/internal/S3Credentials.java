/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys requests are signed with.
 *
 * @param accessKey the access key id, shown in logs and in every request
 * @param secretKey the secret access key, never shown
 * @param sessionToken the session token of temporary credentials, or empty
 */
record S3Credentials(String accessKey, String secretKey, String sessionToken) {

    S3Credentials {
        Objects.requireNonNull(accessKey);
        Objects.requireNonNull(secretKey);
        Objects.requireNonNull(sessionToken);
    }

    /**
     * Configured keys win; without them the standard AWS environment variables apply, as every AWS tool reads
     * them, so containers can pass secrets without a configuration file holding them.
     *
     * @param accessKey the configured access key, or empty
     * @param secretKey the configured secret key, or empty
     * @param environment the process environment
     * @return the credentials, or empty for anonymous (unsigned) requests to a public bucket
     * @throws IllegalArgumentException if only one of a pair of keys is given
     */
    static Optional<S3Credentials> resolve(String accessKey, String secretKey, Map<String, String> environment) {
        String access = Objects.requireNonNullElse(accessKey, "");
        String secret = Objects.requireNonNullElse(secretKey, "");
        String token = "";
        if (access.isEmpty() && secret.isEmpty()) {
            access = environment.getOrDefault("AWS_ACCESS_KEY_ID", "");
            secret = environment.getOrDefault("AWS_SECRET_ACCESS_KEY", "");
            token = environment.getOrDefault("AWS_SESSION_TOKEN", "");
        }
        if (access.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (access.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException("an S3 access key needs its secret key and the other way round");
        }
        return Optional.of(new S3Credentials(access, secret, token));
    }

    /** Keeps the secrets out of logs and exception messages. */
    @Override
    public String toString() {
        return "S3Credentials[accessKey=" + accessKey + (sessionToken.isEmpty() ? "" : ", with session token")
                + "]";
    }
}
