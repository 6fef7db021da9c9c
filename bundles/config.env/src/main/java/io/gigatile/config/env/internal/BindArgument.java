/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * iipsrv's {@code --bind HOST:PORT} and {@code --backlog N} command line options, as properties of the HTTP server
 * (Apache Felix HTTP Jetty). A Unix socket path, which iipsrv also takes, has no meaning for an HTTP server and is
 * refused.
 */
final class BindArgument {
    static final String HTTP_PID = "org.apache.felix.http";
    static final String PORT = "org.osgi.service.http.port";
    static final String HOST = "org.apache.felix.http.host";
    static final String BACKLOG = "org.apache.felix.http.jetty.acceptQueueSize";

    private BindArgument() {
    }

    /**
     * @param args the command line
     * @return the listen backlog as the HTTP server's property, or empty if no --backlog is given
     * @throws IllegalArgumentException if --backlog has no positive number (iipsrv's atoi would make it 0)
     */
    static Optional<Map<String, Object>> backlog(List<String> args) {
        String backlog = option(args, "--backlog", "N");
        if (backlog == null) {
            return Optional.empty();
        }
        if (!backlog.strip().matches("\\d{1,9}") || Integer.parseInt(backlog.strip()) < 1) {
            throw new IllegalArgumentException("--backlog takes a positive number, not " + backlog);
        }
        return Optional.of(Map.of(BACKLOG, backlog.strip()));
    }

    /** The value of {@code --name value} or {@code --name=value}, the last one given, or null. */
    private static String option(List<String> args, String name, String what) {
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs " + what);
                }
                value = args.get(++i);
            } else if (arg.startsWith(name + "=")) {
                value = arg.substring(name.length() + 1);
            }
        }
        return value;
    }

    /**
     * @param args the command line
     * @return the HTTP server's properties, or empty if no --bind is given
     * @throws IllegalArgumentException if --bind has no valid HOST:PORT
     */
    static Optional<Map<String, Object>> from(List<String> args) {
        String bind = option(args, "--bind", "HOST:PORT");
        if (bind == null) {
            return Optional.empty();
        }
        int colon = bind.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--bind takes HOST:PORT, not " + bind);
        }
        String host = bind.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            host = "0.0.0.0";
        }
        int port;
        try {
            port = Integer.parseInt(bind.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bind port is not a number: " + bind, e);
        }
        if (port < 1 || port > 65535 || !host.matches("[A-Za-z0-9.:\\-]+")) {
            throw new IllegalArgumentException("--bind takes HOST:PORT with a port from 1 to 65535, not " + bind);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PORT, String.valueOf(port));
        props.put(HOST, host);
        return Optional.of(props);
    }
}
