/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Reads images with Debian's vips (libwebp's demuxer for WebP, libheif for AVIF), so that what a native encoder
 * bundle writes is judged by another reader than the library that wrote it, for formats the JDK cannot read. The
 * CI installs libvips-tools; without it the tests fail.
 *
 * @since 2.8
 */
public final class Vips {
    private Vips() {
    }

    /**
     * @param file an image file
     * @param suffix its format's file name suffix, which vips goes by ({@code webp}, {@code avif})
     * @return what {@code vipsheader -a} prints about the file: its fields, one a line
     */
    public static String header(byte[] file, String suffix) {
        return run(file, suffix, (in, dir) -> List.of("vipsheader", "-a", in.toString()), null);
    }

    /**
     * @param file an image file
     * @param suffix its format's file name suffix, which vips goes by ({@code webp}, {@code avif})
     * @return the file decoded by vips, through a PNG
     */
    public static BufferedImage decode(byte[] file, String suffix) {
        BufferedImage[] image = new BufferedImage[1];
        run(file, suffix, (in, dir) -> List.of("vips", "copy", in.toString(), dir.resolve("out.png").toString()),
                dir -> image[0] = ImageIO.read(dir.resolve("out.png").toFile()));
        return image[0];
    }

    private interface Command {
        List<String> of(Path in, Path dir);
    }

    private interface After {
        void read(Path dir) throws IOException;
    }

    private static String run(byte[] file, String suffix, Command command, After after) {
        try {
            Path dir = Files.createTempDirectory("vips-test");
            try {
                Path in = Files.write(dir.resolve("in." + suffix), file);
                Process vips;
                try {
                    vips = new ProcessBuilder(command.of(in, dir)).redirectErrorStream(true).start();
                } catch (IOException e) {
                    throw new AssertionError("vips is missing: install libvips-tools", e);
                }
                String said = new String(vips.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!vips.waitFor(60, TimeUnit.SECONDS) || vips.exitValue() != 0) {
                    throw new AssertionError("vips could not read the " + suffix + ": " + said);
                }
                if (after != null) {
                    after.read(dir);
                }
                return said;
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
