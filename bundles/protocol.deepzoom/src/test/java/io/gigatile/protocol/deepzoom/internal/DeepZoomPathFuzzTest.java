/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.deepzoom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.testing.Images;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Any path a client can send gets an answer or a {@link GigatileException}, which the http bundle turns into a
 * 4xx or 5xx; any other exception would be a 500 with a stack trace in the log. The seeds (DeepZoomPathFuzzTestInputs)
 * name the one image the engine double knows, so the fuzzer reaches the tile arithmetic, not only the
 * not-found answer. See docs/robustness.md.
 */
class DeepZoomPathFuzzTest {
    private static final String ID = "tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif";

    @FuzzTest(maxDuration = "4s")
    void anyPathIsAnAnswerOrARefusal(byte[] input) {
        // a fresh engine double per input: it records every request, which would pile up over a run
        RecordingImageService service = new RecordingImageService(ID, Images.rgb1000x700(),
                new ServiceLimits(5000, true), Set.of("jpg", "png"));
        ProtocolRequest request = new ProtocolRequest("GET", new String(input, StandardCharsets.UTF_8), "",
                Map.of(), "http://localhost/deepzoom");
        ProtocolResponse response;
        try {
            response = new DeepZoomProtocol(service).handle(request);
        } catch (GigatileException refused) {
            return;
        }
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isNotEmpty();
    }
}
