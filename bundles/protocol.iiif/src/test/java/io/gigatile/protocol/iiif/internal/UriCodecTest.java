/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.protocol.PercentDecoding;
import org.junit.jupiter.api.Test;

class UriCodecTest {

    @Test
    void encodesSlashesSpacesAndQueryCharacters() {
        assertThat(UriCodec.encode("dir/café ?#&=+%.tif")).isEqualTo("dir%2Fcaf%C3%A9%20%3F%23%26%3D%2B%25.tif");
        assertThat(UriCodec.encode("ark:/1234/x-y_z~")).isEqualTo("ark:%2F1234%2Fx-y_z~");
    }

    @Test
    void encodingThenDecodingGivesTheIdentifierBack() {
        String id = "a/b c/ü€/%41";
        assertThat(PercentDecoding.decodePathSegment(UriCodec.encode(id))).isEqualTo(id);
    }
}
