/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ByteSource;
import io.gigatile.api.ImageDecoder;
import io.gigatile.api.StoredImage;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.testing.LocalImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecoderRegistryTest {
    private static final String TIFF_LE = "49492A00";
    private static final String TIFF_BE = "4D4D002A";

    @TempDir
    Path dir;

    private final DecoderRegistry registry = new DecoderRegistry();
    private final SyntheticDecoder tiff = new SyntheticDecoder();
    private final SyntheticDecoder betterTiff = new SyntheticDecoder();
    private final SyntheticDecoder jpeg = new SyntheticDecoder();
    private final SyntheticDecoder anySuffix = new SyntheticDecoder();

    private ImageDecoder choose(StoredImage image) {
        try (ByteSource bytes = image.open()) {
            return registry.choose(image, bytes);
        }
    }

    private StoredImage file(String name, byte[] content) throws IOException {
        Path p = Files.write(dir.resolve(name), content);
        return LocalImages.of(name, p);
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    @Test
    void signatureWinsOverSuffix() throws IOException {
        registry.add(jpeg, SyntheticDecoder.properties("jpeg", 100, 1, List.of("jpg", "tif"), List.of("FFD8FF")));
        registry.add(tiff, SyntheticDecoder.properties("tiff", 0, 2, List.of("tif"), List.of(TIFF_LE, TIFF_BE)));
        assertThat(choose(file("a.tif", hex(TIFF_BE + "0000000800")))).isSameAs(tiff);
        assertThat(choose(file("b.tif", hex("FFD8FFE000104A464946")))).isSameAs(jpeg);
    }

    @Test
    void highestRankedMatchingSignatureWinsAndTiesGoToTheOlderService() throws IOException {
        registry.add(tiff, SyntheticDecoder.properties("tiff", 0, 7, List.of(), List.of(TIFF_LE)));
        registry.add(anySuffix, SyntheticDecoder.properties("tiff", 0, 3, List.of(), List.of(TIFF_LE)));
        StoredImage f = file("x", hex(TIFF_LE + "08000000"));
        assertThat(choose(f)).isSameAs(anySuffix);
        registry.add(betterTiff, SyntheticDecoder.properties("tiff", 10, 9, List.of(), List.of("4949")));
        assertThat(choose(f)).isSameAs(betterTiff);
        registry.remove(betterTiff);
        assertThat(choose(f)).isSameAs(anySuffix);
    }

    @Test
    void suffixDecidesWhenNoSignatureMatches() throws IOException {
        registry.add(tiff, SyntheticDecoder.properties("tiff", 0, 1, List.of("tif", "tiff"), List.of(TIFF_LE)));
        registry.add(anySuffix, SyntheticDecoder.properties("other", 5, 2, List.of("tif"), List.of()));
        registry.add(jpeg, SyntheticDecoder.properties("jpeg", 0, 3, List.of("jpg", "jpeg"), List.of("FFD8FF")));
        assertThat(choose(file("plain.TIF", "not a tiff".getBytes()))).isSameAs(anySuffix);
        assertThat(choose(file("plain.tiff", "not a tiff".getBytes()))).isSameAs(tiff);
        assertThat(choose(file("short.jpeg", new byte[] {(byte) 0xFF}))).isSameAs(jpeg);
        assertThat(choose(file("empty.jpg", new byte[0]))).isSameAs(jpeg);
    }

    @Test
    void nothingMatchingIsAnUnsupportedInputFormat() throws IOException {
        registry.add(tiff, SyntheticDecoder.properties("tiff", 0, 1, List.of("tif"), List.of(TIFF_LE)));
        StoredImage f = file("picture.png", hex("89504E470D0A1A0A"));
        assertThatThrownBy(() -> choose(f)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("unsupported image format")
                .matches(e -> !((UnsupportedFormatException) e).isFeature());
        StoredImage noSuffix = file("picture", hex("89504E470D0A1A0A"));
        assertThatThrownBy(() -> choose(noSuffix)).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void signaturesThatAreNotHexAreIgnored() throws IOException {
        registry.add(jpeg, SyntheticDecoder.properties("bad", 10, 1, List.of(), List.of("not hex", "")));
        registry.add(tiff, SyntheticDecoder.properties("tiff", 0, 2, List.of(), List.of("49 49 2a 00")));
        assertThat(choose(file("a", hex(TIFF_LE)))).isSameAs(tiff);
    }
}
