/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import java.util.Map;

/**
 * A store's or cache's name in the health report: its configuration's PID, else its component's name, without the
 * project's package prefix and implementation package ({@code cache.memory}, {@code cache.memcached~shared},
 * {@code store.file}). The engine names caches in the metrics the same way, so both pages speak of the same names.
 */
final class ServiceName {
    private static final String PREFIX = "io.gigatile.";

    private ServiceName() {
    }

    static String of(Map<String, ?> properties) {
        String name = first(properties.get("service.pid"));
        if (name == null) {
            name = first(properties.get("component.name"));
        }
        if (name == null || name.isBlank()) {
            return "unnamed";
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
