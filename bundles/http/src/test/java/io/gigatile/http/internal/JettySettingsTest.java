/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JettySettingsTest {
    private static final String COMPLIANCE = "org.eclipse.jetty.UriComplianceMode";
    private static final String SELECTORS = "org.apache.felix.http.jetty.selectors";
    private static final String POOL = "org.apache.felix.http.jetty.threadpool.max";
    private static final UnaryOperator<String> NO_PROPERTIES = key -> null;

    @Test
    void anUnconfiguredServerGetsEverySetting() {
        Dictionary<String, Object> props = JettySettings.withDefaults(null, NO_PROPERTIES, 2);
        assertThat(props.get(COMPLIANCE)).isEqualTo("UNSAFE");
        assertThat(props.get("org.apache.felix.http.jetty.sendServerHeader")).isEqualTo("false");
        assertThat(props.get(SELECTORS)).as("a selector per processor").isEqualTo("2");
    }

    @Test
    void selectorsFollowTheProcessorsWithinBounds() {
        assertThat(JettySettings.withDefaults(null, NO_PROPERTIES, 1).get(SELECTORS)).isEqualTo("1");
        assertThat(JettySettings.withDefaults(null, NO_PROPERTIES, 64).get(SELECTORS)).isEqualTo("8");
        Dictionary<String, Object> bounded = new Hashtable<>();
        bounded.put(POOL, 48);
        assertThat(JettySettings.withDefaults(bounded, NO_PROPERTIES, 8).get(SELECTORS))
                .as("a sixteenth of the operator's pool").isEqualTo("3");
        assertThat(JettySettings.withDefaults(null, Map.of(POOL, "16")::get, 8).get(SELECTORS)).isEqualTo("1");
        Dictionary<String, Object> unreadable = new Hashtable<>();
        unreadable.put(POOL, "many");
        assertThat(JettySettings.withDefaults(unreadable, NO_PROPERTIES, 4).get(SELECTORS)).isEqualTo("4");
    }

    @Test
    void settingsGivenAsFrameworkPropertiesAreNotOverridden() {
        Map<String, String> framework = Map.of(SELECTORS, "6", COMPLIANCE, "LEGACY");
        Dictionary<String, Object> props = JettySettings.withDefaults(null, framework::get, 2);
        assertThat(props.get(SELECTORS)).isNull();
        assertThat(props.get(COMPLIANCE)).isNull();
        assertThat(props.get("org.apache.felix.http.jetty.sendServerHeader")).isEqualTo("false");
    }

    @Test
    void theOperatorsSettingsStay() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(COMPLIANCE, "LEGACY");
        props.put("org.osgi.service.http.port", "9000");
        props.put(SELECTORS, 5);
        Dictionary<String, Object> next = JettySettings.withDefaults(props, NO_PROPERTIES, 2);
        assertThat(next.get(COMPLIANCE)).isEqualTo("LEGACY");
        assertThat(next.get(SELECTORS)).isEqualTo(5);
        assertThat(next.get("org.osgi.service.http.port")).isEqualTo("9000");
        assertThat(next.get("org.apache.felix.http.jetty.sendServerHeader")).isEqualTo("false");
    }
}
