/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.examples.protocol.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.testing.Images;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class SizeProtocolTest {
    private final SizeProtocol protocol = new SizeProtocol(new RecordingImageService("dir/a b.tif",
            Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg")), new Version(0, 1, 0, "x"));

    private static ProtocolRequest get(String path) {
        return new ProtocolRequest("GET", path, "", Map.of(), "http://localhost/size");
    }

    @Test
    void answersTheSizeOfAnEncodedIdentifier() {
        ProtocolResponse answer = protocol.handle(get("/dir%2Fa%20b.tif"));
        assertThat(answer.mediaType()).isEqualTo("application/json");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"width\":1000,\"height\":700,\"levels\":3,\"software\":\"Gigatile example size protocol 0.1.0\"}\n");
        assertThat(answer.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
    }

    @Test
    void badAddressesAreBadRequestsAndUnknownImagesNotFound() {
        for (String path : new String[] {"", "/", "/a/b", "/%zz"}) {
            assertThatThrownBy(() -> protocol.handle(get(path))).as(path).isInstanceOf(BadRequestException.class);
        }
        assertThatThrownBy(() -> protocol.handle(get("/other.tif"))).isInstanceOf(ImageNotFoundException.class);
    }
}
