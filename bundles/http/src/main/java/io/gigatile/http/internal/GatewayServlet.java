/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.GigatileException;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ops.ServerMetrics;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a request to the protocol its route names and writes the protocol's answer. Every failure becomes a
 * short plain-text error with the status {@link ErrorStatus} gives; nothing of the server's internals reaches
 * the client. Each request, answered or failed, is counted in the {@link ServerMetrics} and written to the
 * {@link AccessLog}.
 */
final class GatewayServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServlet.class);
    /** The protocol label of requests no protocol answered. */
    static final String NO_PROTOCOL = "none";
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    private final transient Function<HttpServletRequest, Optional<Route>> router;
    private final transient Supplier<HeaderPolicy> headers;
    private final transient Supplier<ServerMetrics> metrics;

    /**
     * @param router finds the protocol for a request
     * @param headers the header policy in force
     * @param metrics where requests are counted: {@link ServerMetrics#NONE} while no metrics bundle is present
     */
    GatewayServlet(Function<HttpServletRequest, Optional<Route>> router, Supplier<HeaderPolicy> headers,
            Supplier<ServerMetrics> metrics) {
        this.router = router;
        this.headers = headers;
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    /**
     * As iipsrv: a POST without a query string carries it in its body (an HTML form's fields), and is then
     * answered as the same GET would be; the protocol learns the method (IIP sends a CVT export as a download).
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getQueryString();
        if (query == null || query.isEmpty()) {
            Optional<String> body = PostedQuery.read(req);
            if (body.isEmpty()) {
                long start = System.nanoTime();
                // what is left of the body is not read: the connection cannot carry another request
                resp.setHeader("Connection", "close");
                long sent = sendError(resp, 413, "a posted query holds at most " + PostedQuery.LIMIT + " bytes");
                finished(req, resp, Optional.empty(), sent, start);
                return;
            }
            String posted = body.get();
            req = new HttpServletRequestWrapper(req) {
                @Override
                public String getQueryString() {
                    return posted;
                }
            };
        }
        answer(req, resp);
    }

    /** Methods other than GET, HEAD, POST and OPTIONS: a short 405 rather than the container's page. */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        switch (req.getMethod()) {
            case "GET", "HEAD", "POST", "OPTIONS" -> super.service(req, resp);
            default -> {
                long start = System.nanoTime();
                resp.setHeader("Allow", ALLOW);
                long sent = sendError(resp, 405, "method not allowed");
                finished(req, resp, Optional.empty(), sent, start);
            }
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        Optional<Route> route = router.apply(req);
        long sent = 0;
        try {
            sent = serve(req, resp, route);
        } finally {
            finished(req, resp, route, sent, start);
        }
    }

    private long serve(HttpServletRequest req, HttpServletResponse resp, Optional<Route> route) throws IOException {
        HeaderPolicy policy = headers.get();
        policy.addCors(resp);
        if (route.isEmpty()) {
            // a mount stays while its protocol is away (a bundle being updated or restarted): unavailable, not missing
            resp.setHeader("Retry-After", "5");
            return sendError(resp, 503, "the protocol of this address is not available");
        }
        ProtocolResponse answer;
        try {
            answer = route.get().protocol().handle(toProtocolRequest(req, route.get()));
        } catch (GigatileException e) {
            int status = ErrorStatus.of(e);
            if (status >= 500 && status != 501) {
                LOG.warn("{}: {}", target(req), e.getMessage(), e.getCause());
            } else {
                LOG.debug("{}: {}", target(req), e.getMessage());
            }
            ErrorStatus.retryAfter(e).ifPresent(seconds -> resp.setHeader("Retry-After", seconds));
            return sendError(resp, status, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{} failed", target(req), e);
            return sendError(resp, 500, "internal error");
        } catch (OutOfMemoryError e) {
            // the allocation that failed was this request's, and what it held is free again once it unwinds:
            // the request can be tried again, and the server goes on
            LOG.error("{} ran out of memory: {}", target(req), e.getMessage());
            resp.setHeader("Retry-After", "5");
            return sendError(resp, 503, "the server is short of memory");
        }
        return write(req, resp, policy, answer);
    }

    /** The request's address for the log, its query only where it has one. */
    private static String target(HttpServletRequest req) {
        String query = req.getQueryString();
        return query == null ? req.getRequestURI() : req.getRequestURI() + "?" + query;
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        long start = System.nanoTime();
        HeaderPolicy policy = headers.get();
        policy.addCors(resp);
        policy.addPreflight(req, resp);
        resp.setHeader("Allow", ALLOW);
        resp.setStatus(204);
        finished(req, resp, router.apply(req), 0, start);
    }

    /** A failure while writing still counts, with the status the response had by then. */
    private void finished(HttpServletRequest req, HttpServletResponse resp, Optional<Route> route, long sent,
            long start) {
        long nanos = System.nanoTime() - start;
        String protocol = route.isPresent() ? route.get().name() : NO_PROTOCOL;
        int status = resp.getStatus();
        metrics.get().request(protocol, status, nanos);
        AccessLog.request(req, status, sent, protocol, nanos);
    }

    private static long write(HttpServletRequest req, HttpServletResponse resp, HeaderPolicy policy,
            ProtocolResponse answer) throws IOException {
        answer.headers().forEach(resp::setHeader);
        if (answer.status() >= 200 && answer.status() < 300) {
            policy.addCaching(resp, answer.lastModified());
            String tag = answer.headers().getOrDefault("ETag", EntityTags.of(answer.body()));
            resp.setHeader("ETag", tag);
            // If-None-Match decides when present; If-Modified-Since only without it (RFC 9110, 13.2.2)
            String ifNoneMatch = req.getHeader("If-None-Match");
            boolean fresh = ifNoneMatch != null ? EntityTags.matches(ifNoneMatch, tag)
                    : HeaderPolicy.notModified(req, answer.lastModified());
            if (fresh) {
                resp.setStatus(304);
                return 0;
            }
        }
        resp.setStatus(answer.status());
        resp.setContentType(answer.mediaType());
        resp.setContentLength(answer.body().length);
        resp.getOutputStream().write(answer.body());
        return answer.body().length;
    }

    private static long sendError(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = ((message == null || message.isBlank() ? "error" : message) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
        return body.length;
    }

    private static ProtocolRequest toProtocolRequest(HttpServletRequest req, Route route) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), req.getHeader(name));
        }
        String base = BaseUri.of(req) + req.getContextPath() + route.mount();
        return new ProtocolRequest(req.getMethod().toUpperCase(Locale.ROOT), route.path(), route.query(), headers,
                base, route.prefix().read());
    }
}
