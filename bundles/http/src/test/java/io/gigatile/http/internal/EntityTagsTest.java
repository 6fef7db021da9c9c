/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Entity tags follow the bytes; If-None-Match compares weakly and takes lists and '*'. */
class EntityTagsTest {

    @Test
    void equalBytesHaveEqualTagsAndOneChangedByteChangesIt() {
        byte[] a = "a tile's bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] b = a.clone();
        b[3] ^= 1;

        assertThat(EntityTags.of(a)).isEqualTo(EntityTags.of(a.clone())).startsWith("\"").endsWith("\"");
        assertThat(EntityTags.of(b)).isNotEqualTo(EntityTags.of(a));
        assertThat(EntityTags.of(new byte[0])).isNotEqualTo(EntityTags.of(new byte[1]));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() {
        String tag = EntityTags.of(new byte[] {1, 2, 3});

        assertThat(EntityTags.matches(tag, tag)).isTrue();
        assertThat(EntityTags.matches("W/" + tag, tag)).isTrue();
        assertThat(EntityTags.matches("\"other\", " + tag, tag)).isTrue();
        assertThat(EntityTags.matches("*", tag)).isTrue();
        assertThat(EntityTags.matches("\"other\"", tag)).isFalse();
        assertThat(EntityTags.matches(null, tag)).isFalse();
        assertThat(EntityTags.matches("", tag)).isFalse();
    }
}
