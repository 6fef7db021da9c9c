/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON with correct escaping, members of the outermost object one to a line. Not thread-safe; one per
 * document. Calls must nest properly; names are written only inside objects.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(1024);
    /** One entry per open container: whether it has no element yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /**
     * @param name a member name, written before its value
     * @return this writer
     */
    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        string(value);
        return this;
    }

    JsonWriter value(long value) {
        separate();
        out.append(value);
        return this;
    }

    /**
     * @param value a String, Number, Boolean, null, List or Map with String keys, nested as deep as need be
     * @return this writer
     */
    JsonWriter any(Object value) {
        if (value instanceof Map<?, ?> map) {
            beginObject();
            map.forEach((k, v) -> name(String.valueOf(k)).any(v));
            return endObject();
        } else if (value instanceof List<?> list) {
            beginArray();
            list.forEach(this::any);
            return endArray();
        } else if (value instanceof String s) {
            return value(s);
        }
        separate();
        if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else {
            out.append(value instanceof Number || value instanceof Boolean ? value.toString() : "null");
        }
        return this;
    }

    /** @return the document */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        empty.push(Boolean.TRUE);
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean none = empty.pop();
        if (empty.size() == 0 && bracket == '}' && !none) {
            out.append('\n');
        }
        out.append(bracket);
        return this;
    }

    /** A comma between elements, and a new line before each member of the outermost object. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (empty.isEmpty()) {
            return;
        }
        if (!empty.peek()) {
            out.append(empty.size() == 1 ? "," : ", ");
        }
        empty.pop();
        empty.push(Boolean.FALSE);
        if (empty.size() == 1) {
            out.append("\n  ");
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters, and the two line separators that break JavaScript string literals
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
