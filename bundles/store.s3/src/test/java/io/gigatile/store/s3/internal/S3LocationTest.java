/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addressing: the Host header signed must be the one HttpClient sends, and the path the one signed. */
class S3LocationTest {

    @Test
    void pathStylePutsTheBucketFirstInThePath() {
        S3Location location = S3Location.of("http://127.0.0.1:9000", "us-east-1", "maps", true);

        assertThat(location.host()).isEqualTo("127.0.0.1:9000");
        assertThat(location.path("a b/c.tif")).isEqualTo("/maps/a%20b/c.tif");
        assertThat(location.uri("a b/c.tif")).isEqualTo(URI.create("http://127.0.0.1:9000/maps/a%20b/c.tif"));
    }

    @Test
    void virtualHostStylePutsTheBucketInTheHostName() {
        S3Location location = S3Location.of("https://minio.example.org", "us-east-1", "maps", false);

        assertThat(location.host()).isEqualTo("maps.minio.example.org");
        assertThat(location.uri("c.tif")).isEqualTo(URI.create("https://maps.minio.example.org/c.tif"));
    }

    @Test
    void anEmptyEndpointMeansAwsInTheRegion() {
        S3Location location = S3Location.of("", "eu-central-1", "maps", false);

        assertThat(location.uri("c.tif")).isEqualTo(URI.create("https://maps.s3.eu-central-1.amazonaws.com/c.tif"));
    }

    @Test
    void theDefaultPortIsNotPartOfTheHost() {
        assertThat(S3Location.of("https://s3.example.org:443", "r", "b", true).host()).isEqualTo("s3.example.org");
        assertThat(S3Location.of("http://s3.example.org:80/", "r", "b", true).host()).isEqualTo("s3.example.org");
        assertThat(S3Location.of("http://s3.example.org:443", "r", "b", true).host())
                .isEqualTo("s3.example.org:443");
    }

    @Test
    void anEndpointPathComesBeforeTheBucket() {
        assertThat(S3Location.of("http://gateway:8080/s3/", "r", "b", true).path("k")).isEqualTo("/s3/b/k");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host", "host:9000", "http://host?x=1", "http://user:pw@host"})
    void refusesEndpointsThatAreNoPlainHttpUrl(String endpoint) {
        assertThatThrownBy(() -> S3Location.of(endpoint, "r", "b", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingBucket() {
        assertThatThrownBy(() -> S3Location.of("", "r", "", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Location.of("", "r", null, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysArePrefixedAndNamesCheckedAgain() {
        assertThat(S3Keys.key("root/", "a/b.tif")).isEqualTo("root/a/b.tif");
        for (String name : new String[] {"../x", "a/../../x", "./x", "/x", "a//b", "a/", "", "a\u0000b"}) {
            assertThatThrownBy(() -> S3Keys.key("root/", name)).as(name)
                    .isInstanceOf(ImageNotFoundException.class);
        }
    }
}
