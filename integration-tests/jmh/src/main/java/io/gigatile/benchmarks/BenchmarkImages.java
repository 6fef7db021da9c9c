/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.benchmarks;

import io.gigatile.api.ImageSource;
import io.gigatile.api.StoredImage;
import io.gigatile.api.testing.LocalImages;
import io.gigatile.decoder.tiff.internal.TiffDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The benchmark's TIFFs (see make-fixtures.sh), copied out of the jar so that the decoder reads real files. */
final class BenchmarkImages {

    private BenchmarkImages() {
    }

    /**
     * @param compression none, lzw, deflate or jpeg
     * @param dir where to put the file
     * @return the 256 x 256 RGB TIFF of that compression, opened by the server's TIFF decoder
     */
    static ImageSource open(String compression, Path dir) {
        String name = "bench-rgb-" + compression + "-256x256-tile256.tif";
        try (InputStream in = BenchmarkImages.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark image " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            // the bytes stay open for the benchmark's life, as the engine keeps them for a cached source
            StoredImage image = LocalImages.of(name, file);
            return new TiffDecoder().open(image, image.open());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a fresh temporary folder */
    static Path folder() {
        try {
            return Files.createTempDirectory("gigatile-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder made by {@link #folder()} with its files. */
    static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
