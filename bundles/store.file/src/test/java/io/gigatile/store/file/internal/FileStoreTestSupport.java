/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;

/** Assertions shared by the store's tests. */
final class FileStoreTestSupport {

    private FileStoreTestSupport() {
    }

    /** The store refuses the identifier with its one message, whatever lies behind it. */
    static void assertRefused(FileImageStore store, String identifier) {
        assertThatThrownBy(() -> store.resolve(identifier)).as(identifier)
                .isInstanceOf(ImageNotFoundException.class).hasMessage("image not found").hasNoCause();
    }
}
