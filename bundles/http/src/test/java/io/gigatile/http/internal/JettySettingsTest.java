/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;

class JettySettingsTest {
    private static final String COMPLIANCE = "org.eclipse.jetty.UriComplianceMode";

    @Test
    void anUnconfiguredServerGetsEverySetting() {
        Dictionary<String, Object> props = JettySettings.withDefaults(null);
        assertThat(props.get(COMPLIANCE)).isEqualTo("UNSAFE");
        assertThat(props.get("org.apache.felix.http.jetty.sendServerHeader")).isEqualTo("false");
    }

    @Test
    void theOperatorsSettingsStay() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(COMPLIANCE, "LEGACY");
        props.put("org.osgi.service.http.port", "9000");
        Dictionary<String, Object> next = JettySettings.withDefaults(props);
        assertThat(next.get(COMPLIANCE)).isEqualTo("LEGACY");
        assertThat(next.get("org.osgi.service.http.port")).isEqualTo("9000");
        assertThat(next.get("org.apache.felix.http.jetty.sendServerHeader")).isEqualTo("false");
    }
}
