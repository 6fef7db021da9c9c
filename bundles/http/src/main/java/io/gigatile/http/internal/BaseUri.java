/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import jakarta.servlet.http.HttpServletRequest;

/** The scheme, host and port the client used, so that links in responses point back the way it came. */
final class BaseUri {

    private BaseUri() {
    }

    static String of(HttpServletRequest req) {
        String scheme = first(req.getHeader("X-Forwarded-Proto"));
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            scheme = req.getScheme();
        }
        String host = first(req.getHeader("X-Forwarded-Host"));
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            host = req.getHeader("Host");
        }
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            host = req.getServerName() + ":" + req.getServerPort();
        }
        return scheme + "://" + host;
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}
