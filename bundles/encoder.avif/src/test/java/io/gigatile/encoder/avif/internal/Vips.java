/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.avif.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Reads AVIF back with Debian's vips (libheif, whose AV1 decoder is not the encoder's), through a PNG, so that the
 * tests do not judge libavif by libavif. The CI installs libvips-tools; without it the tests fail.
 */
final class Vips {
    private Vips() {
    }

    static BufferedImage decode(byte[] avif) {
        try {
            Path dir = Files.createTempDirectory("avif-test");
            try {
                Path in = Files.write(dir.resolve("in.avif"), avif);
                Path out = dir.resolve("out.png");
                Process vips = new ProcessBuilder("vips", "copy", in.toString(), out.toString())
                        .redirectErrorStream(true).start();
                String said = new String(vips.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!vips.waitFor(60, TimeUnit.SECONDS) || vips.exitValue() != 0) {
                    throw new AssertionError("vips could not read the AVIF: " + said);
                }
                return ImageIO.read(out.toFile());
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
