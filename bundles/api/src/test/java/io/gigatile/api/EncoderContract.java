/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.testing.Encoding;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Encoder} keeps, whatever format it writes. An encoder's test extends this class once
 * with the encoder and, for a lossy format, how far decoded pixels may stray; the tests here check that:
 *
 * <ul>
 * <li>8-bit grey and sRGB, with and without alpha (what {@link Encoder#encode} must take), decode back, with a
 * reader other than the encoder, to the raster's size and, within {@link #maxMeanError()}, to its pixels (flattened
 * onto white where the format has no alpha);</li>
 * <li>the same raster and options give the same bytes, and calls from 8 threads at once give the bytes one call
 * gives: no state between calls;</li>
 * <li>every quality a client may send (negative, 0, huge) is taken, clamped or ignored, never refused;</li>
 * <li>an ICC profile, an XMP packet and a resolution leave the image decodable and its pixels as they were;</li>
 * <li>1x1 and one-pixel-wide or -high images are written;</li>
 * <li>deeper, signed and floating point rasters are written or refused with an
 * {@link UnsupportedFormatException}, nothing else;</li>
 * <li>a stream that fails makes the call fail with its {@link IOException}.</li>
 * </ul>
 *
 * @since 2.7
 */
public abstract class EncoderContract {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 8;

    private final Encoder encoder;

    /** @param encoder the encoder under test, with its default configuration */
    protected EncoderContract(Encoder encoder) {
        this.encoder = encoder;
    }

    /**
     * @param encoded what the encoder wrote
     * @return it decoded by an independent reader; by default the JDK's ImageIO with the plugins the test has
     */
    protected BufferedImage decode(byte[] encoded) {
        return Encoding.decode(encoded);
    }

    /** @return the mean difference per sample, on 0..255, that decoded pixels may show; 0 for lossless formats */
    protected double maxMeanError() {
        return 0;
    }

    /** @return whether decoded images keep the alpha band; a format without one has the image flattened onto white */
    protected boolean keepsAlpha() {
        return true;
    }

    @Test
    void greyAndSrgbWithAndWithoutAlphaDecodeBackToTheirPixels() {
        for (int bands = 1; bands <= 4; bands++) {
            Raster raster = picture(61, 47, bands);
            BufferedImage decoded = decode(Encoding.encode(encoder, raster, EncodeOptions.DEFAULT));
            assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).as("%d bands: size", bands)
                    .containsExactly(61, 47);
            assertThat(meanError(raster, decoded)).as("%d bands: mean difference per sample", bands)
                    .isLessThanOrEqualTo(maxMeanError());
        }
    }

    @Test
    void theSameRasterGivesTheSameBytesFromAnyNumberOfThreads() throws Exception {
        List<Raster> rasters = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Raster raster = picture(40 + i * 7, 30 + i * 3, 1 + i % 4);
            rasters.add(raster);
            expected.add(Encoding.encode(encoder, raster, EncodeOptions.DEFAULT));
            assertThat(Encoding.encode(encoder, raster, EncodeOptions.DEFAULT)).as("raster %d again", i)
                    .isEqualTo(expected.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                results.add(pool.submit(() -> {
                    boolean same = true;
                    for (int c = 0; c < CALLS_PER_THREAD; c++) {
                        int i = (first + c) % THREADS;
                        same &= Arrays.equals(Encoding.encode(encoder, rasters.get(i), EncodeOptions.DEFAULT),
                                expected.get(i));
                    }
                    return same;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).as("concurrent calls give what one call gives").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyQualityAClientMaySendIsTaken() {
        Raster raster = picture(33, 21, 3);
        for (int quality : new int[] {-1, -7, 0, 1, 9, 50, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            BufferedImage decoded = decode(Encoding.encode(encoder, raster, Encoding.quality(quality)));
            assertThat(decoded.getWidth()).as("quality %d", quality).isEqualTo(33);
        }
    }

    @Test
    void metadataLeavesThePixelsAlone() {
        Raster raster = picture(50, 40, 3);
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf="
                + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>";
        byte[] plain = Encoding.encode(encoder, raster, EncodeOptions.DEFAULT);
        byte[] rich = Encoding.encode(encoder, raster, new EncodeOptions(-1, icc, xmp, 300, 150));
        assertThat(meanError(raster, decode(rich))).as("with an ICC profile, XMP and a resolution")
                .isEqualTo(meanError(raster, decode(plain)));
    }

    @Test
    void tinyAndThinImagesAreWritten() {
        for (int[] size : new int[][] {{1, 1}, {1, 300}, {300, 1}, {2, 3}}) {
            BufferedImage decoded = decode(Encoding.encode(encoder, picture(size[0], size[1], 3),
                    EncodeOptions.DEFAULT));
            assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).containsExactly(size);
        }
    }

    @Test
    void otherSampleFormatsAreWrittenOrRefusedAsAFeature() {
        List<Raster> others = List.of(
                Raster.ofShorts(9, 7, 1, 16, SampleType.UNSIGNED, ColourSpace.GREY, new short[63]),
                Raster.ofShorts(9, 7, 3, 12, SampleType.UNSIGNED, ColourSpace.SRGB, new short[189]),
                Raster.ofShorts(9, 7, 1, 16, SampleType.SIGNED, ColourSpace.GREY, new short[63]),
                Raster.ofInts(9, 7, 1, SampleType.UNSIGNED, ColourSpace.GREY, new int[63]),
                Raster.ofFloats(9, 7, 3, ColourSpace.SRGB, new float[189]),
                Raster.ofBytes(9, 7, 5, ColourSpace.MULTIBAND, new byte[315]),
                Raster.ofBytes(9, 7, 3, ColourSpace.CIELAB, new byte[189]));
        for (Raster raster : others) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                encoder.encode(raster, EncodeOptions.DEFAULT, out);
                assertThat(out.size()).as("%s written", raster).isPositive();
            } catch (UnsupportedFormatException refused) {
                assertThat(refused.isFeature()).as("%s refused as a feature the format lacks", raster).isTrue();
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(raster + ": neither written nor refused as unsupported", e);
            }
        }
    }

    @Test
    void aFailingStreamFailsTheCall() {
        Raster raster = picture(200, 150, 3);
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 16) {
                    throw new IOException("the client went away");
                }
            }
        };
        assertThatThrownBy(() -> encoder.encode(raster, EncodeOptions.DEFAULT, failing))
                .isInstanceOf(IOException.class);
        assertThatCode(() -> Encoding.encode(encoder, raster, EncodeOptions.DEFAULT)).as("the next call")
                .doesNotThrowAnyException();
    }

    /** Smooth ramps with a few edges, as a photograph has; alpha from 64 to 255, so no colour is fully hidden. */
    private static Raster picture(int width, int height, int bands) {
        byte[] samples = new byte[width * height * bands];
        int colours = bands == 2 || bands == 4 ? bands - 1 : bands;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * bands;
                boolean square = (x / 16 + y / 16) % 2 == 0;
                for (int b = 0; b < colours; b++) {
                    int ramp = width < 2 ? 128 : (x * 200 / (width - 1) + b * 40) % 220;
                    samples[i + b] = (byte) (ramp + (square ? 30 : 0) + (height < 2 ? 0 : y * 5 / height));
                }
                if (colours < bands) {
                    samples[i + colours] = (byte) (64 + (height < 2 ? 0 : y * 191 / (height - 1)));
                }
            }
        }
        return Raster.ofBytes(width, height, bands, colours == 1 ? ColourSpace.GREY : ColourSpace.SRGB, samples);
    }

    private static int greyArgb(java.awt.image.Raster grey, int x, int y) {
        int v = grey.getSample(x, y, 0);
        int a = grey.getNumBands() == 2 ? grey.getSample(x, y, 1) : 255;
        return a << 24 | v << 16 | v << 8 | v;
    }

    /** Mean absolute difference per sample over the colour bands, and alpha where the format keeps it. */
    private double meanError(Raster raster, BufferedImage decoded) {
        byte[] s = raster.bytes();
        int bands = raster.bands();
        int colours = bands == 2 || bands == 4 ? bands - 1 : bands;
        boolean alpha = colours < bands && keepsAlpha();
        // a grey image's samples are read as they are: getRGB would take them for linear grey and convert them
        boolean greyModel = decoded.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(decoded.getColorModel() instanceof IndexColorModel);
        java.awt.image.Raster grey = greyModel ? decoded.getRaster() : null;
        long sum = 0;
        long count = 0;
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                int argb = grey != null ? greyArgb(grey, x, y) : decoded.getRGB(x, y);
                int i = (y * raster.width() + x) * bands;
                int[] got = {argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff};
                int a = colours < bands ? s[i + colours] & 0xff : 255;
                for (int c = 0; c < 3; c++) {
                    int want = s[i + (colours == 1 ? 0 : c)] & 0xff;
                    if (!alpha) {
                        want = Math.round((want * a + 255f * (255 - a)) / 255f);
                    }
                    sum += Math.abs(got[c] - want);
                    count++;
                }
                if (alpha) {
                    sum += Math.abs((argb >>> 24) - a);
                    count++;
                }
            }
        }
        return (double) sum / count;
    }
}
