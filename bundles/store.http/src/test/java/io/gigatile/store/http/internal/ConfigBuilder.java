/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.http.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A configuration as DS hands it over: the values set, the annotation's defaults for the rest. */
final class ConfigBuilder {
    private final Map<String, Object> values = new HashMap<>();

    ConfigBuilder set(String name, Object value) {
        values.put(name, value);
        return this;
    }

    HttpStoreConfig build() {
        return (HttpStoreConfig) Proxy.newProxyInstance(HttpStoreConfig.class.getClassLoader(),
                new Class<?>[] {HttpStoreConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> HttpStoreConfig.class;
                    case "toString", "hashCode", "equals" -> throw new UnsupportedOperationException();
                    default -> values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
