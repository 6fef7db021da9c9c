/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.tif|a.tif", "/a.tif|a.tif", "///dir/a.tif|dir/a.tif", "dir/sub/a b.tif|dir/sub/a b.tif",
        "100%.tif|100%.tif", "a%20b.tif|a%20b.tif", "a..b.tif|a..b.tif", "..a.tif|..a.tif", ".hidden|.hidden",
        "Überblick/Karte.tif|Überblick/Karte.tif", "a?b#c.tif|a?b#c.tif", "a;b.tif|a;b.tif",
        // decoded twice this is only "%2e%2e": a server that decodes three times is beyond what is screened
        "%252e%252e/a.tif|%252e%252e/a.tif"})
    void namesAreTheIdentifierWithoutLeadingSlashes(String identifier, String name) {
        assertThat(RemoteNames.check(identifier)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../a.tif", "a/../../b.tif", "a/./b.tif", "a//b.tif", "dir/", "...",
        ".. /a.tif", "..;x/a.tif", ";x/a.tif", "a\\b.tif", "C:/a.tif", "c:a.tif", "%2e%2e/a.tif",
        "..%2fa.tif", "a%2f%2fb.tif", "%2e/a.tif", "%5c..%5ca.tif", "%c0%ae%c0%ae/a.tif", "\uff0e\uff0e/a.tif",
        "..\uff0fa.tif", "\uff3ca.tif"})
    void climbingIsNotFound(String identifier) {
        assertThatThrownBy(() -> RemoteNames.check(identifier)).isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "///", "a\u0000b.tif", "a\nb.tif", "a%00b.tif", "a%0ab.tif", "a\u0085b"})
    void emptyAndControlCharactersAreBadRequests(String identifier) {
        assertThatThrownBy(() -> RemoteNames.check(identifier)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void overlongIdentifiersAreNotFound() {
        assertThat(RemoteNames.check("a".repeat(4096))).hasSize(4096);
        assertThatThrownBy(() -> RemoteNames.check("a".repeat(4097))).isInstanceOf(ImageNotFoundException.class);
    }
}
