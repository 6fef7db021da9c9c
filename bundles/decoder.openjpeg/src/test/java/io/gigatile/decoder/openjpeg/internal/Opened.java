/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.openjpeg.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.Rect;
import io.gigatile.api.StoredImage;

/**
 * A fixture opened as the engine opens images: its bytes, and the source over them; closing closes both.
 *
 * @param bytes the bytes
 * @param source the source
 */
record Opened(ByteSource bytes, ImageSource source) implements AutoCloseable {

    static Opened open(ImageDecoder decoder, String name) {
        return open(decoder, Fixtures.file(name));
    }

    static Opened open(ImageDecoder decoder, StoredImage image) {
        ByteSource bytes = image.open();
        try {
            return new Opened(bytes, decoder.open(image, bytes));
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** @return the whole of a level */
    Rect level(int level) {
        return new Rect(0, 0, source.info().levels().get(level).width(), source.info().levels().get(level).height());
    }

    @Override
    public void close() {
        source.close();
        bytes.close();
    }
}
