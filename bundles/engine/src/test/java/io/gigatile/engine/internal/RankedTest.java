/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankedTest {

    private static Map<String, Object> props(int ranking, long id, Object format) {
        return Map.of("service.ranking", ranking, "service.id", id, "f", format);
    }

    @Test
    void ordersByRankingThenByOlderServiceId() {
        Ranked<String> r = new Ranked<>();
        r.add("low", props(-5, 1, "x"));
        r.add("young", props(10, 9, "x"));
        r.add("old", props(10, 3, "x"));
        r.add("plain", props(0, 2, "x"));
        assertThat(r.entries()).extracting(Ranked.Entry::service).containsExactly("old", "young", "plain", "low");
        assertThat(r.first()).map(Ranked.Entry::service).contains("old");
    }

    @Test
    void servicesWithoutPropertiesRankZeroInBindingOrder() {
        Ranked<String> r = new Ranked<>();
        r.add("first", Map.of());
        r.add("second", Map.of());
        r.add("ranked", Map.of("service.ranking", 1));
        assertThat(r.entries()).extracting(Ranked.Entry::service).containsExactly("ranked", "first", "second");
    }

    @Test
    void findsByPropertyValueInArraysCollectionsAndSingleValues() {
        Ranked<String> r = new Ranked<>();
        r.add("array", props(0, 1, new String[] {"jpg", "jpeg"}));
        r.add("list", props(5, 2, List.of("png")));
        r.add("single", props(9, 3, "JPG"));
        assertThat(r.firstWith("f", "jpg")).map(Ranked.Entry::service).contains("single");
        assertThat(r.firstWith("f", "jpeg")).map(Ranked.Entry::service).contains("array");
        assertThat(r.firstWith("f", "png")).map(Ranked.Entry::service).contains("list");
        assertThat(r.firstWith("f", "gif")).isEmpty();
    }

    @Test
    void theFirstValueIsTheFirstOfTheStrings() {
        for (Object value : List.of(new String[] {"image/jpeg", "image/jpg"}, List.of("image/jpeg", "x"),
                "image/jpeg")) {
            Ranked.Entry<String> e = new Ranked.Entry<>("s", Map.of("m", value), 0, 1);
            assertThat(e.firstString("m")).contains("image/jpeg").contains(e.strings("m").get(0));
        }
        Ranked.Entry<String> none = new Ranked.Entry<>("s", Map.of("m", new String[0]), 0, 1);
        assertThat(none.firstString("m")).isEmpty();
        assertThat(none.firstString("other")).isEmpty();
        assertThat(none.holds("other", "x")).isFalse();
    }

    @Test
    void rebindingReplacesAndRemovingForgets() {
        Ranked<String> r = new Ranked<>();
        r.add("a", props(0, 1, "x"));
        r.add("b", props(1, 2, "x"));
        r.add("a", props(2, 1, "x"));
        assertThat(r.entries()).extracting(Ranked.Entry::service).containsExactly("a", "b");
        r.remove("a");
        assertThat(r.entries()).extracting(Ranked.Entry::service).containsExactly("b");
        assertThat(r.contains("a")).isFalse();
        r.remove("b");
        assertThat(r.first()).isEmpty();
    }
}
