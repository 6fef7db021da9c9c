/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageSource;
import io.gigatile.api.JpegCodec;
import io.gigatile.api.Level;
import io.gigatile.api.Raster;
import io.gigatile.api.Rect;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPEG tiles through a bound {@link JpegCodec}: the whole tile is decoded by the codec and cropped here. With a
 * codec that decodes as the JDK's reader does, every tile and region must come out as through the reader.
 */
class JpegCodecTilesTest {
    private final AtomicInteger calls = new AtomicInteger();

    /** The JDK's reader behind the codec interface: the same pixels, by the other path. */
    private final JpegCodec jdk = new JpegCodec() {
        @Override
        public byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb) {
            calls.incrementAndGet();
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
                assertThat(image.getWidth()).isEqualTo(width);
                assertThat(image.getHeight()).isEqualTo(height);
                byte[] out = new byte[width * height * bands];
                image.getRaster().getDataElements(0, 0, width, height, out);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] encode(byte[] samples, int width, int height, int bands, int quality) {
            throw new AssertionError("not used");
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif",
        "tif-rgb-jpeg-q75-ycbcr-1000x700-tile256-pyramid.tif", "tif-rgb-jpeg-q75-subifd-500x350-tile128-pyramid.tif",
        "tif-grey-jpeg-q85-1000x700-tile256-pyramid.tif", "tif-rgb-jpeg-q85-icc-256x192-tile64-pyramid.tif"})
    void tilesAndRegionsComeOutAsThroughTheReader(String fixture) {
        try (ImageSource reader = Fixtures.open(new TiffDecoder(TiffDecoder.jdkJpegReader()), Fixtures.file(fixture));
                ImageSource codec = Fixtures.open(new TiffDecoder(TiffDecoder.jdkJpegReader(), jdk),
                        Fixtures.file(fixture))) {
            for (int l = 0; l < reader.info().levels().size(); l++) {
                Level level = reader.info().levels().get(l);
                for (int y = 0; y < level.tilesDown(); y++) {
                    for (int x = 0; x < level.tilesAcross(); x++) {
                        assertThat(codec.readTile(l, x, y).bytes()).as("level %d tile %d,%d", l, x, y)
                                .isEqualTo(reader.readTile(l, x, y).bytes());
                    }
                }
                Rect across = new Rect(level.width() / 3, level.height() / 4, level.width() / 2, level.height() / 2);
                Raster a = reader.readRegion(l, across);
                assertThat(codec.readRegion(l, across).bytes()).as("level %d region", l).isEqualTo(a.bytes());
            }
        }
        assertThat(calls.get()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif"})
    void aCodecsFailureIsTheTilesFailure(String fixture) {
        JpegCodec failing = new JpegCodec() {
            @Override
            public byte[] decode(byte[] jpeg, int width, int height, int bands, boolean rgb) {
                throw new DecodeFailureException("corrupt");
            }

            @Override
            public byte[] encode(byte[] samples, int width, int height, int bands, int quality) {
                throw new AssertionError("not used");
            }
        };
        try (ImageSource codec = Fixtures.open(new TiffDecoder(TiffDecoder.jdkJpegReader(), failing),
                Fixtures.file(fixture))) {
            assertThatThrownBy(() -> codec.readTile(0, 0, 0)).isInstanceOf(DecodeFailureException.class);
        }
    }
}
