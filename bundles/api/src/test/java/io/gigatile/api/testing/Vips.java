/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return Tools.inScratchFolder("vips-test", dir -> {
            Path in = Files.write(dir.resolve("in." + suffix), file);
            String said = Tools.run(command.of(in, dir), "libvips-tools");
            if (after != null) {
                after.read(dir);
            }
            return said;
        });
    }
}
