/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import io.gigatile.api.GigatileException;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
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
 * the client.
 */
final class GatewayServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServlet.class);

    private final transient Function<HttpServletRequest, Optional<Route>> router;
    private final transient Supplier<HeaderPolicy> headers;

    GatewayServlet(Function<HttpServletRequest, Optional<Route>> router, Supplier<HeaderPolicy> headers) {
        this.router = router;
        this.headers = headers;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HeaderPolicy policy = headers.get();
        policy.addCors(resp);
        Optional<Route> route = router.apply(req);
        if (route.isEmpty()) {
            // a mount stays while its protocol is away (a bundle being updated or restarted): unavailable, not missing
            resp.setHeader("Retry-After", "5");
            sendError(resp, 503, "the protocol of this address is not available");
            return;
        }
        ProtocolResponse answer;
        try {
            answer = route.get().protocol().handle(toProtocolRequest(req, route.get()));
        } catch (GigatileException e) {
            int status = ErrorStatus.of(e);
            if (status >= 500) {
                LOG.warn("{} {}: {}", req.getRequestURI(), req.getQueryString(), e.getMessage(), e.getCause());
            } else {
                LOG.debug("{} {}: {}", req.getRequestURI(), req.getQueryString(), e.getMessage());
            }
            ErrorStatus.retryAfter(e).ifPresent(seconds -> resp.setHeader("Retry-After", seconds));
            sendError(resp, status, e.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{} {} failed", req.getRequestURI(), req.getQueryString(), e);
            sendError(resp, 500, "internal error");
            return;
        }
        write(req, resp, policy, answer);
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        HeaderPolicy policy = headers.get();
        policy.addCors(resp);
        policy.addPreflight(req, resp);
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        resp.setStatus(204);
    }

    private static void write(HttpServletRequest req, HttpServletResponse resp, HeaderPolicy policy,
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
                return;
            }
        }
        resp.setStatus(answer.status());
        resp.setContentType(answer.mediaType());
        resp.setContentLength(answer.body().length);
        resp.getOutputStream().write(answer.body());
    }

    private static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = ((message == null || message.isBlank() ? "error" : message) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static ProtocolRequest toProtocolRequest(HttpServletRequest req, Route route) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), req.getHeader(name));
        }
        String base = BaseUri.of(req) + req.getContextPath() + route.mount();
        return new ProtocolRequest(req.getMethod().toUpperCase(Locale.ROOT), route.path(), route.query(), headers,
                base);
    }
}
