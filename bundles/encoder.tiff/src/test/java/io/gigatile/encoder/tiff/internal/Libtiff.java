/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import io.gigatile.api.testing.Tools;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return Tools.inScratchFolder("libtiff-test", dir -> {
            Path in = Files.write(dir.resolve("in.tif"), tiff);
            Path out = dir.resolve("out.tif");
            String info = Tools.run(List.of("tiffinfo", in.toString()), "libtiff-tools");
            String said = Tools.run(List.of("tiffcp", "-c", "none", in.toString(), out.toString()), "libtiff-tools");
            BufferedImage image = ImageIO.read(out.toFile());
            if (image == null) {
                throw new AssertionError("the JDK's TIFF reader cannot read tiffcp's copy");
            }
            return new Read(info, image, said);
        });
    }
}
