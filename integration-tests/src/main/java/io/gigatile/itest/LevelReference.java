/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.awt.image.BufferedImage;

/**
 * What the tiles of a pyramid level should look like, for levels of any size: the source averaged down, each
 * output pixel the mean of the source area it covers (at powers of two this is the box filter pyramid tools
 * use), and comparisons that JPEG's colour subsampling cannot fail on tiles of a few pixels.
 */
final class LevelReference {

    private LevelReference() {
    }

    static BufferedImage scaled(BufferedImage source, int width, int height) {
        int sw = source.getWidth();
        int sh = source.getHeight();
        float[] across = new float[width * sh * 3];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < width; x++) {
                double left = (double) x * sw / width;
                double right = (double) (x + 1) * sw / width;
                float[] sum = new float[3];
                for (int s = (int) left; s < Math.min(sw, Math.ceil(right)); s++) {
                    float weight = (float) (Math.min(right, s + 1) - Math.max(left, s));
                    int rgb = source.getRGB(s, y);
                    for (int b = 0; b < 3; b++) {
                        sum[b] += weight * ((rgb >> (16 - 8 * b)) & 0xff);
                    }
                }
                for (int b = 0; b < 3; b++) {
                    across[(y * width + x) * 3 + b] = (float) (sum[b] / (right - left));
                }
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            double top = (double) y * sh / height;
            double bottom = (double) (y + 1) * sh / height;
            for (int x = 0; x < width; x++) {
                float[] sum = new float[3];
                for (int s = (int) top; s < Math.min(sh, Math.ceil(bottom)); s++) {
                    float weight = (float) (Math.min(bottom, s + 1) - Math.max(top, s));
                    for (int b = 0; b < 3; b++) {
                        sum[b] += weight * across[(s * width + x) * 3 + b];
                    }
                }
                int rgb = 0;
                for (int b = 0; b < 3; b++) {
                    rgb = (rgb << 8) | Math.min(255, (int) Math.round(sum[b] / (bottom - top)));
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    /**
     * JPEG keeps luma at full resolution, so this sees a misplaced or mis-scaled tile however small it is.
     *
     * @return the mean absolute difference of luma between {@code actual} and the same area of {@code expected}
     */
    static double lumaDifference(BufferedImage actual, BufferedImage expected, int offsetX, int offsetY) {
        double sum = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                sum += Math.abs(luma(actual.getRGB(x, y)) - luma(expected.getRGB(offsetX + x, offsetY + y)));
            }
        }
        return sum / ((double) actual.getWidth() * actual.getHeight());
    }

    /**
     * Chroma subsampling moves colour between neighbouring pixels but keeps its mean, so this sees swapped or
     * misread channels on tiles of any size.
     *
     * @return the largest difference, over the three channels, between the mean values of the two areas
     */
    static double colourBias(BufferedImage actual, BufferedImage expected, int offsetX, int offsetY) {
        double[] sum = new double[3];
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(offsetX + x, offsetY + y);
                for (int b = 0; b < 3; b++) {
                    sum[b] += ((a >> (8 * b)) & 0xff) - ((e >> (8 * b)) & 0xff);
                }
            }
        }
        double pixels = (double) actual.getWidth() * actual.getHeight();
        return Math.max(Math.abs(sum[0]), Math.max(Math.abs(sum[1]), Math.abs(sum[2]))) / pixels;
    }

    private static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }
}
