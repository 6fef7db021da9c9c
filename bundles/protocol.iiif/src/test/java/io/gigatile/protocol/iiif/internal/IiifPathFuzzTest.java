/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.protocol.PercentDecoding;
import java.nio.charset.StandardCharsets;

/**
 * Any path a client can send, through the path, region, size, rotation and quality.format parsers and the size
 * arithmetic behind them, gets an answer or a {@link GigatileException}, which the http bundle turns into a 4xx
 * or 5xx; any other exception would be a 500 with a stack trace in the log. The seeds (IiifPathFuzzTestInputs)
 * name the one image the engine double knows, so the fuzzer reaches the parameters. See docs/robustness.md.
 */
class IiifPathFuzzTest {

    @FuzzTest(maxDuration = "4s")
    void anyPathIsAnAnswerOrARefusal(byte[] input) {
        String path = new String(input, StandardCharsets.UTF_8);
        // identifiers go back into URIs (info.json ids, Link headers): encoding must undo decoding exactly
        assertThat(PercentDecoding.decodePathSegment(UriCodec.encode(path))).isEqualTo(path);
        ProtocolResponse response;
        try {
            // a fresh client per input: its engine double records every request, which would pile up over a run
            response = Client.standard().get(path);
        } catch (GigatileException refused) {
            return;
        }
        assertThat(response.status()).isIn(200, 303);
        assertThat(response.body()).isNotEmpty();
    }
}
