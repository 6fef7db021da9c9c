/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the logger {@value #NAME}, so that operators can route it to a file of its own: the
 * common log format's fields (client, request line with its query, status, bytes) followed by the user agent, the
 * protocol that answered and the time taken in milliseconds. The time of day is the log layout's. Headers that may
 * carry credentials (Authorization, Cookie) are never written.
 */
final class AccessLog {
    /** The logger's name. */
    static final String NAME = "io.gigatile.access";
    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private AccessLog() {
    }

    static void request(HttpServletRequest req, int status, long bytes, String protocol, long nanos) {
        // the guard spares the hot path the argument array and the string work while access logging is off
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(line(new Request(req.getRemoteAddr(), req.getMethod(), req.getRequestURI(), req.getQueryString(),
                req.getProtocol(), req.getHeader("User-Agent")), status, bytes, protocol, nanos));
    }

    /**
     * What the line says of the request.
     *
     * @param client the client's address
     * @param method the HTTP method
     * @param uri the path as sent
     * @param query the query as sent, or null
     * @param version the HTTP version ({@code HTTP/1.1})
     * @param agent the User-Agent header, or null
     */
    record Request(String client, String method, String uri, String query, String version, String agent) {
    }

    static String line(Request req, int status, long bytes, String protocol, long nanos) {
        String query = req.query();
        String agent = req.agent();
        StringBuilder b = new StringBuilder(160);
        b.append(req.client()).append(" - - \"").append(req.method()).append(' ').append(printable(req.uri()));
        if (query != null) {
            b.append('?').append(printable(query));
        }
        b.append(' ').append(req.version()).append("\" ").append(status).append(' ')
                .append(bytes > 0 ? Long.toString(bytes) : "-").append(" \"")
                .append(agent == null ? "-" : printable(agent)).append("\" ").append(protocol).append(' ');
        long micros = nanos / 1000;
        b.append(micros / 1000).append('.').append((char) ('0' + micros % 1000 / 100))
                .append((char) ('0' + micros % 100 / 10)).append((char) ('0' + micros % 10)).append("ms");
        return b.toString();
    }

    /** Control characters and quotes would let a client forge log lines or fields; they are escaped. */
    private static String printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                return escape(s);
            }
        }
        return s;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
