/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JettySettingsTest {

    @Test
    void theXmlConnectorTakesTheFirstListeningAddress() {
        assertThat(JettySettings.firstAddress("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(JettySettings.firstAddress(" ::1 , 127.0.0.1")).isEqualTo("::1");
        assertThat(JettySettings.firstAddress(null)).isEqualTo("0.0.0.0");
        assertThat(JettySettings.firstAddress("")).isEqualTo("0.0.0.0");
    }

    @Test
    void theXmlConnectorHasIipsrvsBacklogUnlessTold() throws Exception {
        try (InputStream in = JettySettings.class.getResourceAsStream("/jetty/gigatile-jetty.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("<Property name=\"" + JettySettings.HOST + "\" default=\"0.0.0.0\"/>")
                    .contains("<Set name=\"acceptQueueSize\"><Property name=\"io.gigatile.http.backlog\""
                            + " default=\"2048\"/></Set>")
                    .contains("<Property name=\"org.osgi.service.http.port\" default=\"8080\"/>");
        }
    }
}
