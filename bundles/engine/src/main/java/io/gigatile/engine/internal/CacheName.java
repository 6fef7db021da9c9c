/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import java.util.Map;

/**
 * A response cache's name in metrics, from its service properties: its configuration's PID, else its component's
 * name, without the project's package prefix and implementation package, so {@code io.gigatile.cache.memory}
 * gives {@code cache.memory} and a memcached factory configuration {@code io.gigatile.cache.memcached~shared}
 * gives {@code cache.memcached~shared}. A name says which configuration, never what is in it.
 */
final class CacheName {
    /** The name of a cache registered with neither property. */
    static final String UNNAMED = "unnamed";
    private static final String PREFIX = "io.gigatile.";

    private CacheName() {
    }

    static String of(Map<String, Object> properties) {
        String name = first(properties.get("service.pid"));
        if (name == null) {
            name = first(properties.get("component.name"));
        }
        if (name == null || name.isBlank()) {
            return UNNAMED;
        }
        int internal = name.indexOf(".internal");
        if (internal > 0) {
            name = name.substring(0, internal);
        }
        return name.startsWith(PREFIX) && name.length() > PREFIX.length() ? name.substring(PREFIX.length()) : name;
    }

    private static String first(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] a && a.length > 0) {
            return a[0];
        }
        return null;
    }
}
