/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ByteSource;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.propertytypes.ImageDecoderFormat;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Opens files holding one line of text that describes a {@link SyntheticSource} (see its {@code Spec}). */
final class SyntheticDecoder implements ImageDecoder {
    /** "SYNTH" in hexadecimal. */
    static final String SIGNATURE = "53594E5448";

    final List<SyntheticSource> opened = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate;
    private final CountDownLatch entered;

    SyntheticDecoder() {
        this(new CountDownLatch(0), new CountDownLatch(0));
    }

    /**
     * @param gate opening waits for it
     * @param entered counted down when an opening starts
     */
    SyntheticDecoder(CountDownLatch gate, CountDownLatch entered) {
        this.gate = gate;
        this.entered = entered;
    }

    static Map<String, Object> properties(String format, int ranking, long id, List<String> suffixes,
            List<String> signatures) {
        Map<String, Object> p = new HashMap<>();
        p.put(ImageDecoderFormat.FORMAT, format);
        p.put(ImageDecoderFormat.SUFFIXES, suffixes.toArray(String[]::new));
        p.put(ImageDecoderFormat.SIGNATURES, signatures.toArray(String[]::new));
        p.put("service.ranking", ranking);
        p.put("service.id", id);
        return p;
    }

    @Override
    public ImageSource open(StoredImage file, ByteSource bytes) {
        entered.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            String text = new String(bytes.read(0, (int) bytes.size()), StandardCharsets.US_ASCII);
            if (!text.startsWith("SYNTH ")) {
                throw new DecodeFailureException("not a synthetic image");
            }
            SyntheticSource source = new SyntheticSource(SyntheticSource.Spec.parse(text));
            opened.add(source);
            return source;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodeFailureException("interrupted", e);
        }
    }
}
