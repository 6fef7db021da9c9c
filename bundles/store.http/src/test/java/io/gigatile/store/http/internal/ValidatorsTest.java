/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.store.remote.ObjectHead;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
    private static final Instant MODIFIED = Instant.parse("2026-01-01T12:00:00Z");

    private static HttpHeaders headers(String... nameValue) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put(nameValue[i], List.of(nameValue[i + 1]));
        }
        return HttpHeaders.of(map, (n, v) -> true);
    }

    private static HttpHeaders precondition(ObjectHead head) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1/"));
        Validators.precondition(request, head);
        return request.build().headers();
    }

    @Test
    void aStrongETagIsMatchedAndOtherwiseTheModificationTime() {
        assertThat(precondition(new ObjectHead(1, "\"a\"", MODIFIED)).map())
                .containsOnly(Map.entry("If-Match", List.of("\"a\"")));
        assertThat(precondition(new ObjectHead(1, "W/\"a\"", MODIFIED)).map())
                .containsOnly(Map.entry("If-Unmodified-Since", List.of("Thu, 1 Jan 2026 12:00:00 GMT")));
        assertThat(precondition(new ObjectHead(1, "", Instant.EPOCH)).map()).isEmpty();
    }

    @Test
    void anAnswerOfAnotherVersionIsNoticed() {
        ObjectHead head = new ObjectHead(1, "W/\"a\"", MODIFIED);

        assertThat(Validators.sameVersion(headers("ETag", "\"a\""), head)).isTrue();
        assertThat(Validators.sameVersion(headers("ETag", "\"b\""), head)).isFalse();
        assertThat(Validators.sameVersion(headers(), head)).isTrue();
        assertThat(Validators.sameVersion(headers("Last-Modified", "Thu, 01 Jan 2026 12:00:01 GMT"),
                new ObjectHead(1, "", MODIFIED))).isFalse();
        assertThat(Validators.lastModified(headers("Last-Modified", "Thu, 01 Jan 2026 12:00:00 GMT")))
                .isEqualTo(MODIFIED);
        assertThat(Validators.lastModified(headers("Last-Modified", "yesterday"))).isEqualTo(Instant.EPOCH);
    }

    @Test
    void theContentRangeMustBeTheRangeAsked() {
        assertThat(Validators.contentRange(headers("Content-Range", "bytes 10-19/100"), 10, 10, 100)).isTrue();
        assertThat(Validators.contentRange(headers("Content-Range", "bytes 10-19/*"), 10, 10, 100)).isTrue();
        assertThat(Validators.contentRange(headers("Content-Range", "bytes 10-19/101"), 10, 10, 100)).isFalse();
        assertThat(Validators.contentRange(headers("Content-Range", "bytes 0-19/100"), 10, 10, 100)).isFalse();
        assertThat(Validators.contentRange(headers(), 10, 10, 100)).isFalse();
    }

    @Test
    void retryAfterIsTakenWhenSensible() {
        assertThat(Validators.retryAfter(headers("Retry-After", "30"))).isEqualTo(Duration.ofSeconds(30));
        assertThat(Validators.retryAfter(headers("Retry-After", "Thu, 01 Jan 2026 12:00:00 GMT")))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(Validators.retryAfter(headers())).isEqualTo(Duration.ofSeconds(5));
    }
}
