/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigatile.api.GigatileException;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Any query a client can send, through every command parser (view, processing, OBJ, JTL, JTLS, TIL, CVT, SPECTRA,
 * PFL), gets an answer or a {@link GigatileException}, which the http bundle turns into a 4xx or 5xx; any other
 * exception would be a 500 with a stack trace in the log. The seeds (IipQueryFuzzTestInputs) open the one image
 * the engine double knows, so the fuzzer starts past FIF. See docs/robustness.md.
 */
class IipQueryFuzzTest {

    @FuzzTest(maxDuration = "4s")
    void anyQueryIsAnAnswerOrARefusal(byte[] input) {
        // a fresh engine double per input: it records every request, which would pile up over a run
        RecordingImageService service = new RecordingImageService("t.tif", Images.rgb1000(),
                new ServiceLimits(5000, true), Set.of("jpg", "png"));
        ProtocolRequest request = new ProtocolRequest("GET", "", new String(input, StandardCharsets.UTF_8),
                Map.of(), "http://localhost/iip");
        ProtocolResponse response;
        try {
            response = new IipProtocol(service).handle(request);
        } catch (GigatileException refused) {
            return;
        }
        assertThat(response.status()).isIn(200, 400);
        assertThat(response.body()).isNotEmpty();
    }
}
