/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import io.gigatile.api.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes 8-bit samples as they are behind a small header, so that tests can read every pixel back. */
final class RawEncoder implements Encoder {
    static final String FORMAT = "raw";
    static final String MEDIA_TYPE = "application/x-gigatile-raw";

    /**
     * An image as {@link RawEncoder} wrote it.
     *
     * @param width width
     * @param height height
     * @param bands bands
     * @param quality the quality asked for
     * @param icc the embedded profile, empty if none
     * @param dpiX the horizontal resolution given, 0 if none
     * @param dpiY the vertical resolution given, 0 if none
     * @param samples the samples, interleaved
     */
    record Image(int width, int height, int bands, int quality, byte[] icc, double dpiX, double dpiY,
            byte[] samples) {
        static Image read(byte[] encoded) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
                int w = in.readInt();
                int h = in.readInt();
                int b = in.readInt();
                int q = in.readInt();
                byte[] icc = in.readNBytes(in.readInt());
                double dpiX = in.readDouble();
                double dpiY = in.readDouble();
                byte[] samples = in.readNBytes(w * h * b);
                return new Image(w, h, b, q, icc, dpiX, dpiY, samples);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int sample(int x, int y, int band) {
            return samples[(y * width + x) * bands + band] & 0xFF;
        }
    }

    @Override
    public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
        if (!raster.isByteBacked() || raster.bitsPerSample() != 8) {
            throw new UnsupportedFormatException("raw takes 8-bit samples only");
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(raster.width());
        data.writeInt(raster.height());
        data.writeInt(raster.bands());
        data.writeInt(options.quality());
        byte[] icc = options.iccProfile() == null ? new byte[0] : options.iccProfile();
        data.writeInt(icc.length);
        data.write(icc);
        data.writeDouble(options.dpiX());
        data.writeDouble(options.dpiY());
        data.write(raster.bytes());
        data.flush();
    }
}
