/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.transform.watermark.internal;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.TransformContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Watermark files, rasters, contexts and configurations for the tests. */
final class Marks {

    private Marks() {
    }

    /**
     * @param dir where to write
     * @param name the file name; its extension chooses the format (png, tif)
     * @param width width in pixels
     * @param height height in pixels
     * @param argb one {@code 0xAARRGGBB} colour for every pixel
     * @return the file, an RGBA image (unassociated alpha)
     */
    static Path rgba(Path dir, String name, int width, int height, int argb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return write(image, dir, name);
    }

    /**
     * @param dir where to write
     * @param name the file name
     * @param rgb one {@code 0xRRGGBB} colour per pixel, row by row
     * @param width width in pixels
     * @return the file, an opaque RGB image
     */
    static Path rgb(Path dir, String name, int[] rgb, int width) throws IOException {
        BufferedImage image = new BufferedImage(width, rgb.length / width, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, rgb.length / width, rgb, 0, width);
        return write(image, dir, name);
    }

    /**
     * @param dir where to write
     * @param name the file name
     * @param width width in pixels
     * @param height height in pixels
     * @param grey the grey level of every pixel
     * @return the file, an 8-bit grey image
     */
    static Path grey(Path dir, String name, int width, int height, int grey) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] samples = new byte[width * height];
        Arrays.fill(samples, (byte) grey);
        image.getRaster().setDataElements(0, 0, width, height, samples);
        return write(image, dir, name);
    }

    static Path write(BufferedImage image, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        String format = name.substring(name.lastIndexOf('.') + 1);
        if (!ImageIO.write(image, format.equals("tif") ? "tiff" : format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @param bands samples per pixel
     * @param value every sample
     * @return an 8-bit raster
     */
    static Raster raster(int width, int height, int bands, int value) {
        byte[] samples = new byte[width * height * bands];
        Arrays.fill(samples, (byte) value);
        ColourSpace space = bands >= 3 ? ColourSpace.SRGB : ColourSpace.GREY;
        return Raster.ofBytes(width, height, bands, space, samples);
    }

    /**
     * @param tile whether the answer is a tile
     * @param tileWidth the full-resolution level's tile width
     * @param tileHeight its tile height
     * @return a context of a 10000 x 8000 image with smaller levels of other tile sizes, which must not count
     */
    static TransformContext context(boolean tile, int tileWidth, int tileHeight) {
        ImageInfo info = ImageInfo.builder().addLevel(new Level(10000, 8000, tileWidth, tileHeight))
                .addLevel(new Level(5000, 4000, 1000, 1000)).build();
        return new TransformContext() {
            @Override
            public ImageInfo image() {
                return info;
            }

            @Override
            public int[] histogram() {
                throw new AssertionError("a watermark needs no histogram");
            }

            @Override
            public boolean isTile() {
                return tile;
            }
        };
    }

    /**
     * @param image the image path
     * @param probability the probability
     * @param opacity the opacity
     * @return a configuration as Configuration Admin would give it
     */
    static WatermarkConfig config(String image, float probability, float opacity) {
        return new WatermarkConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WatermarkConfig.class;
            }

            @Override
            public String image() {
                return image;
            }

            @Override
            public float probability() {
                return probability;
            }

            @Override
            public float opacity() {
                return opacity;
            }
        };
    }
}
