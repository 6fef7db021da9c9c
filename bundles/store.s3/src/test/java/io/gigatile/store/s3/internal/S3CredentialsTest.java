/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the keys come from: the configuration, else the standard AWS environment variables, else nowhere. */
class S3CredentialsTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("AWS_ACCESS_KEY_ID", "env-id",
            "AWS_SECRET_ACCESS_KEY", "env-secret", "AWS_SESSION_TOKEN", "env-token");

    @Test
    void configuredKeysWin() {
        assertThat(S3Credentials.resolve("id", "secret", ENVIRONMENT))
                .contains(new S3Credentials("id", "secret", ""));
    }

    @Test
    void withoutConfiguredKeysTheEnvironmentApplies() {
        assertThat(S3Credentials.resolve("", "", ENVIRONMENT))
                .contains(new S3Credentials("env-id", "env-secret", "env-token"));
        assertThat(S3Credentials.resolve(null, null, Map.of("AWS_ACCESS_KEY_ID", "a", "AWS_SECRET_ACCESS_KEY", "b")))
                .contains(new S3Credentials("a", "b", ""));
    }

    @Test
    void withoutAnyKeysRequestsAreAnonymous() {
        assertThat(S3Credentials.resolve("", "", Map.of())).isEmpty();
    }

    @Test
    void halfAPairIsAMistake() {
        assertThatThrownBy(() -> S3Credentials.resolve("id", "", ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Credentials.resolve("", "", Map.of("AWS_ACCESS_KEY_ID", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretsStayOutOfTheText() {
        assertThat(new S3Credentials("id", "very-secret", "token-secret").toString())
                .contains("id").doesNotContain("very-secret").doesNotContain("token-secret");
    }
}
