/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.serviceloader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProviderFileTest {

    @Test
    void readsNamesAsServiceLoaderDoes() throws IOException {
        String file = """
                # providers
                com.example.First   # the first one
                \tcom.example.Second\r
                
                com.example.First
                #com.example.Commented
                """;
        assertThat(ProviderFile.classNames(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("com.example.First", "com.example.Second");
    }

    @Test
    void emptyFileNamesNothing() throws IOException {
        assertThat(ProviderFile.classNames(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }
}
