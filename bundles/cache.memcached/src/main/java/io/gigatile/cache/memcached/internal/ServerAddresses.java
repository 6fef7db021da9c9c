/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * iipsrv's MEMCACHED_SERVERS list: {@code host:port} entries separated by commas (spaces are allowed too), the
 * port 11211 when left out, IPv6 addresses in brackets ({@code [::1]:11211}). Host names are resolved here, once:
 * spymemcached keeps the address it was given and reconnects to it.
 */
final class ServerAddresses {
    static final int DEFAULT_PORT = 11211;

    private ServerAddresses() {
    }

    /**
     * @param text the configured list
     * @return the addresses in the order given, without repeats
     * @throws IllegalArgumentException if the list is empty, an entry is malformed or a host does not resolve:
     *         a cache on fewer servers than configured would hash keys differently from the other instances
     */
    static List<InetSocketAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no memcached servers configured");
        }
        Set<InetSocketAddress> addresses = new LinkedHashSet<>();
        for (String entry : text.strip().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                addresses.add(address(entry));
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no memcached servers in '" + text + "'");
        }
        return List.copyOf(new ArrayList<>(addresses));
    }

    private static InetSocketAddress address(String entry) {
        String host = entry;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0 || (close + 1 < entry.length() && entry.charAt(close + 1) != ':')) {
                throw new IllegalArgumentException("malformed memcached server '" + entry + "'");
            }
            host = entry.substring(1, close);
            port = close + 1 < entry.length() ? entry.substring(close + 2) : null;
        } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.indexOf(':') >= 0) {
            // one colon: host:port; more than one without brackets is an IPv6 address without a port
            host = entry.substring(0, entry.indexOf(':'));
            port = entry.substring(entry.indexOf(':') + 1);
        }
        InetSocketAddress address = new InetSocketAddress(host, port(entry, port));
        if (host.isEmpty() || address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve memcached server '" + entry + "'");
        }
        return address;
    }

    private static int port(String entry, String port) {
        if (port == null) {
            return DEFAULT_PORT;
        }
        try {
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below, with the entry
        }
        throw new IllegalArgumentException("memcached server '" + entry + "' needs a port from 1 to 65535");
    }
}
