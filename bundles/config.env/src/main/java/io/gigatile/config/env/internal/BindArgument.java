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
 * iipsrv's {@code --bind HOST:PORT} command line option, as Pax Web properties. A Unix socket path, which iipsrv
 * also takes, has no meaning for an HTTP server and is refused.
 */
final class BindArgument {
    static final String PAX_WEB_PID = "org.ops4j.pax.web";
    static final String PORT = "org.osgi.service.http.port";
    static final String ADDRESSES = "org.ops4j.pax.web.listening.addresses";

    private BindArgument() {
    }

    /**
     * @param args the command line
     * @return Pax Web properties, or empty if no --bind is given
     * @throws IllegalArgumentException if --bind has no valid HOST:PORT
     */
    static Optional<Map<String, Object>> from(List<String> args) {
        String bind = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--bind")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--bind needs HOST:PORT");
                }
                bind = args.get(++i);
            } else if (arg.startsWith("--bind=")) {
                bind = arg.substring("--bind=".length());
            }
        }
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
        props.put(ADDRESSES, host);
        return Optional.of(props);
    }
}
