/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /metrics}: every metric in Prometheus text format. An exact pattern, so it is found beside the
 * protocols' mounts and beside a page mounted at {@code /}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/metrics")
@HttpWhiteboardServletName("gigatile-metrics")
@RequireHttpWhiteboard
public final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient MetricsScrape metrics;

    /** @param metrics the registry's owner */
    @Activate
    public MetricsServlet(@Reference MetricsScrape metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // collected whole before the status is sent, so a failure is a 500 rather than a truncated 200
        ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
        metrics.write(body);
        resp.setStatus(200);
        resp.setContentType(metrics.contentType());
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }
}
