/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void writesNestedValuesWithOneTopLevelMemberPerLine() {
        String json = new JsonWriter().beginObject().name("a").value(1).name("b").beginArray().value("x")
                .beginObject().name("c").value(2).endObject().endArray().endObject().toString();
        assertThat(json).isEqualTo("{\n  \"a\": 1,\n  \"b\": [\"x\", {\"c\": 2}]\n}");
        assertThat(new JsonWriter().beginObject().endObject().toString()).isEqualTo("{}");
    }

    @Test
    void escapesWhatJsonAndJavaScriptNeedEscaped() {
        String json = new JsonWriter().value("q\" b\\ n\n t\t c\u0001 ls\u2028 é").toString();
        assertThat(json).isEqualTo("\"q\\\" b\\\\ n\\n t\\t c\\u0001 ls\\u2028 é\"");
        assertThat(JsonReader.parse(json)).isEqualTo("q\" b\\ n\n t\t c\u0001 ls\u2028 é");
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "text");
        value.put("n", new BigDecimal("-12.5e-3"));
        value.put("list", Arrays.asList(Boolean.TRUE, Boolean.FALSE, null, List.of()));
        value.put("map", Map.of());
        assertThat(JsonReader.parse(new JsonWriter().any(value).toString())).isEqualTo(value);
    }

    @Test
    void readsEscapes() {
        assertThat(JsonReader.parse("\"\\u00e9\\/\\b\\f\\r\"")).isEqualTo("é/\b\f\r");
        assertThat(JsonReader.parseMembers(" \"a\" : [ 1 , 0.5 ] ")).containsEntry("a",
                List.of(BigDecimal.ONE, new BigDecimal("0.5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "1e", "tru", "\"a", "\"\\x\"",
        "\"\\u12\"", "{a:1}", "[1] 2", "\"tab\there\"", "NaN", "'a'"})
    void refusesWhatIsNotJson(String text) {
        assertThatThrownBy(() -> JsonReader.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesFragmentsThatAreNotMembers() {
        assertThatThrownBy(() -> JsonReader.parseMembers("\"a\": 1}, {\"b\": 2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonReader.parseMembers("1, 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDeepNestingInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> JsonReader.parse("[".repeat(100_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deeply");
    }
}
