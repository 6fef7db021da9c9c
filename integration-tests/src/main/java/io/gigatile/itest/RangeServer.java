/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * A plain web server with Range support, as an institution's image host would be: a Jetty of its own (not the
 * framework's), serving a folder under {@code /images/} on a loopback port that stays the same across restarts.
 */
final class RangeServer implements AutoCloseable {
    private final Path folder;
    private final int port;
    private Server server;

    RangeServer(Path folder) {
        this.folder = folder;
        this.port = S3Server.freePort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/images/";
    }

    void start() {
        Server started = new Server();
        ServerConnector connector = new ServerConnector(started);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        started.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(files).newResource(folder));
        files.setDirAllowed(false);
        started.setHandler(new ContextHandler(files, "/images"));
        try {
            started.start();
        } catch (Exception e) {
            throw new IllegalStateException("the web server did not start", e);
        }
        server = started;
    }

    void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException("the web server did not stop", e);
            }
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
