/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Jetty on 127.0.0.1 serving a folder with its own ResourceHandler (Range, weak ETags, preconditions), recording
 * the requests it receives before answering them. Paths below {@code /broken/} answer 500, below {@code /moved/}
 * redirect to {@code /secret.tif}, and below {@code /norange/} serve the folder's files whole, ignoring Range.
 */
final class TestServer implements AutoCloseable {
    /** A request as the server received it. */
    record Seen(String method, String path, String range, String authorization) {
    }

    /** Requests received so far, in order. */
    final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final Path folder;
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    /**
     * @param folder what to serve
     * @param port the port, 0 for an ephemeral one
     */
    TestServer(Path folder, int port) throws Exception {
        this.folder = folder;
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler() {
            // no caching, as a plain web server checks the file on every request; replaced files show at once
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
                return new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
            }
        };
        files.setBaseResource(ResourceFactory.of(files).newResource(folder));
        files.setDirAllowed(false);
        files.setEtags(true);
        server.setHandler(new Handler.Wrapper(files) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return answer(request, response, callback) || super.handle(request, response, callback);
            }
        });
        server.start();
    }

    /** @return a URL of this server */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    int port() {
        return connector.getLocalPort();
    }

    private boolean answer(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        requests.add(new Seen(request.getMethod(), path, request.getHeaders().get(HttpHeader.RANGE),
                request.getHeaders().get(HttpHeader.AUTHORIZATION)));
        if (path.startsWith("/broken/")) {
            Response.writeError(request, response, callback, 500);
            return true;
        }
        if (path.startsWith("/moved/")) {
            response.setStatus(302);
            response.getHeaders().put(HttpHeader.LOCATION, "/secret.tif");
            callback.succeeded();
            return true;
        }
        if (path.startsWith("/norange/")) {
            Path file = folder.resolve(path.substring("/norange/".length()));
            if (!Files.isRegularFile(file)) {
                Response.writeError(request, response, callback, 404);
                return true;
            }
            byte[] bytes = Files.readAllBytes(file);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, request.getMethod().equals("HEAD") ? ByteBuffer.allocate(0)
                    : ByteBuffer.wrap(bytes), callback);
            return true;
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
