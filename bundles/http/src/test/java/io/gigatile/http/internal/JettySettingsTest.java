/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theConnectorIsInTheXmlOnlyWhenABacklogIsAskedFor() throws Exception {
        String plain = JettySettings.xml(false);
        assertThat(plain).doesNotContain("ServerConnector").contains("<Set name=\"errorHandler\">");
        String withBacklog = JettySettings.xml(true);
        assertThat(withBacklog).contains("<Property name=\"" + JettySettings.HOST + "\" default=\"0.0.0.0\"/>")
                .contains("<Set name=\"acceptQueueSize\"><Property name=\"" + JettySettings.BACKLOG + "\"")
                .contains("<Property name=\"org.osgi.service.http.port\" default=\"8080\"/>");
        assertThat(withBacklog.indexOf("ServerConnector")).as("the connector comes before the error handler")
                .isLessThan(withBacklog.indexOf("<Set name=\"errorHandler\">"));
        // still one well-formed document
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(withBacklog.getBytes(
                StandardCharsets.UTF_8)));
    }
}
