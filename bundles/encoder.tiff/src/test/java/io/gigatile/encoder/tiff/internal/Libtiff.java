/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The encoder's TIFF judged by libtiff, the reader iipsrv, vips and most TIFF software use, through Debian's
 * libtiff-tools (libtiff 4.5, built with JPEG, WebP and ZSTD). The CI installs them; without them these tests
 * fail rather than skip.
 */
final class Libtiff {
    private Libtiff() {
    }

    /**
     * What libtiff read of a file.
     *
     * @param info what {@code tiffinfo} printed
     * @param image the file copied by {@code tiffcp -c none} and read by the JDK's TIFF reader
     * @param said what {@code tiffcp} printed (libtiff's warnings and errors), empty when all went well
     */
    record Read(String info, BufferedImage image, String said) {
    }

    /**
     * @param tiff a TIFF file
     * @return what libtiff makes of it
     */
    static Read read(byte[] tiff) {
        try {
            Path dir = Files.createTempDirectory("libtiff-test");
            try {
                Path in = Files.write(dir.resolve("in.tif"), tiff);
                Path out = dir.resolve("out.tif");
                String info = run(List.of("tiffinfo", in.toString()));
                String said = run(List.of("tiffcp", "-c", "none", in.toString(), out.toString()));
                BufferedImage image = ImageIO.read(out.toFile());
                if (image == null) {
                    throw new AssertionError("the JDK's TIFF reader cannot read tiffcp's copy");
                }
                return new Read(info, image, said);
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
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is missing: install libtiff-tools", e);
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return said;
    }
}
