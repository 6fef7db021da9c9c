/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import java.util.List;

/** Symbolic names, each exact or ending in {@code *} to match any ending. */
final class BundlePatterns {
    private final List<String> patterns;

    BundlePatterns(String[] patterns) {
        this.patterns = patterns == null ? List.of()
                : List.of(patterns).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    boolean matches(String name) {
        for (String p : patterns) {
            if (p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
