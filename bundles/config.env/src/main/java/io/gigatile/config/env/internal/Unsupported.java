/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * iipsrv 1.3's variables that Gigatile does not honour (yet, or at all), so that one that is set is said once at
 * start rather than silently ignored. Each comes with what the operator should know.
 */
final class Unsupported {
    private static final List<Map.Entry<String, String>> VARIABLES = List.of(
            Map.entry("DECODER_MODULES", "ignored: decoders are bundles, dropped into the deploy/ folder"),
            Map.entry("KAKADU_READMODE", "ignored: JPEG 2000 is read with OpenJPEG or in Java, not Kakadu"));

    private Unsupported() {
    }

    /**
     * @param environment the process environment
     * @return one line for each unsupported variable that is set, in a fixed order
     */
    static List<String> lines(Map<String, String> environment) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> v : VARIABLES) {
            if (environment.containsKey(v.getKey())) {
                lines.add(v.getKey() + " is set: " + v.getValue());
            }
        }
        return lines;
    }
}
