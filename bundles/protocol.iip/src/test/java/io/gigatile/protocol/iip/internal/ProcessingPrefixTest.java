/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageProcessing;
import io.gigatile.api.TransformStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingPrefixTest {

    @Test
    void processingAndQualityCountRotationAndOtherCommandsDoNot() {
        ImageProcessing read = ProcessingPrefix.read("CNT=2&GAM=log&ROT=90&FIF=x.tif&QLT=deflate:80&INV&JTL=0,0");
        assertThat(read.steps()).containsExactly(new TransformStep("gamma", List.of("log")),
                new TransformStep("invert", List.of()), new TransformStep("contrast", List.of("2")));
        assertThat(read.quality()).isEqualTo(80);
        assertThat(read.compression()).isEqualTo("deflate");
    }

    @Test
    void neutralOrNoCommandsAddNothing() {
        assertThat(ProcessingPrefix.read("CNT=1&GAM=1").isNone()).isTrue();
        assertThat(ProcessingPrefix.read("").isNone()).isTrue();
        assertThat(ProcessingPrefix.read("QLT=60").quality()).isEqualTo(60);
        assertThat(ProcessingPrefix.read("QLT=60").compression()).isNull();
    }

    @Test
    void aMalformedCommandIsABadRequest() {
        assertThatThrownBy(() -> ProcessingPrefix.read("CNT=abc")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ProcessingPrefix.read("QLT=x")).isInstanceOf(BadRequestException.class);
    }
}
