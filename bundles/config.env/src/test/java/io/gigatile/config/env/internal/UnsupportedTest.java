/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsupportedTest {

    @Test
    void setVariablesThatAreNotHonouredAreNamedOnce() {
        assertThat(Unsupported.lines(Map.of("DECODER_MODULES", "x.so", "KAKADU_READMODE", "2", "JPEG_QUALITY", "90",
                "PATH", "/usr/bin"))).containsExactly(
                        "DECODER_MODULES is set: ignored: decoders are bundles, dropped into the deploy/ folder",
                        "KAKADU_READMODE is set: ignored: JPEG 2000 is read with OpenJPEG or in Java, not Kakadu");
    }

    @Test
    void honouredAndUnrelatedVariablesAreNotNamed() {
        assertThat(Unsupported.lines(Map.of("JPEG_QUALITY", "90", "MAX_LAYERS", "-1", "HOME", "/root"))).isEmpty();
        assertThat(Unsupported.lines(Map.of("WATERMARK", "/w.tif", "WATERMARK_PROBABILITY", "0.5",
                "WATERMARK_OPACITY", "0.3"))).isEmpty();
    }

    /** Every variable the settings honour is absent from the list, whatever it holds. */
    @Test
    void noHonouredVariableIsCalledUnsupported() {
        for (Setting s : Settings.ALL) {
            assertThat(Unsupported.lines(Map.of(s.variable(), "1"))).as(s.variable()).isEmpty();
        }
    }
}
