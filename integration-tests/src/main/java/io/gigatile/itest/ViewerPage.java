/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The browser test's page, on the test framework's own web server under {@code /itest-viewer/}: the page, the
 * OpenSeadragon script npm installed.
 */
final class ViewerPage extends HttpServlet implements AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final transient Path script;
    private final transient ServiceRegistration<Servlet> registration;

    ViewerPage(BundleContext context, Path script) {
        this.script = script;
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", "/itest-viewer/*");
        props.put("osgi.http.whiteboard.servlet.name", "gigatile-itest-viewer");
        this.registration = context.registerService(Servlet.class, this, props);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (path) {
            case "/viewer.html" -> {
                resp.setContentType("text/html;charset=utf-8");
                try (InputStream in = getClass().getResourceAsStream("/browser/viewer.html")) {
                    in.transferTo(resp.getOutputStream());
                }
            }
            case "/openseadragon.min.js" -> {
                resp.setContentType("text/javascript");
                Files.copy(script, resp.getOutputStream());
            }
            default -> resp.sendError(404);
        }
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
