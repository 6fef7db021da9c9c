/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.webp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ColourSpace;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import io.gigatile.api.testing.Vips;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * ICC profiles and XMP in the extended format: the chunks parsed here, independently of {@link WebpContainer}, and
 * the files read back by TwelveMonkeys and by Debian's vips (libwebpdemux).
 */
class WebpContainerTest {
    private static final WebpLibrary LIBRARY = WebpLibrary.load(WebpLibrary.NAMES).api()
            .orElseThrow(() -> new AssertionError("libwebp did not load"));
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** An odd number of bytes in UTF-8 (the e with an acute accent is two), so its chunk is padded. */
    private static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf="
            + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/><!-- caf\u00e9s --></x:xmpmeta>";

    /** A chunk as parsed here: its FourCC, its payload, and whether a padding byte followed it. */
    private record Chunk(String fourCc, byte[] payload, boolean padded) {
    }

    /** Parses a WebP file's chunks, asserting RIFF's sizes and that each padding byte is zero. */
    private static List<Chunk> parse(byte[] webp) {
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(uint32(webp, 4)).as("RIFF size").isEqualTo(webp.length - 8L);
        assertThat(new String(webp, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        List<Chunk> chunks = new ArrayList<>();
        int at = 12;
        while (at < webp.length) {
            String fourCc = new String(webp, at, 4, StandardCharsets.US_ASCII);
            int size = (int) uint32(webp, at + 4);
            assertThat(at + 8L + size + (size & 1)).as(fourCc + " within the file").isLessThanOrEqualTo(webp.length);
            if ((size & 1) != 0) {
                assertThat(webp[at + 8 + size]).as(fourCc + " padding").isZero();
            }
            chunks.add(new Chunk(fourCc, Arrays.copyOfRange(webp, at + 8, at + 8 + size), (size & 1) != 0));
            at += 8 + size + (size & 1);
        }
        return chunks;
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static List<String> names(List<Chunk> chunks) {
        return chunks.stream().map(Chunk::fourCc).toList();
    }

    private static Chunk chunk(List<Chunk> chunks, String fourCc) {
        return chunks.stream().filter(c -> c.fourCc().equals(fourCc)).findFirst().orElseThrow();
    }

    /** Smooth ramps; alpha, where there is a fourth band, from 255 (opaque) or from 40 down the rows. */
    private static Raster picture(int width, int height, int bands, boolean opaque) {
        byte[] s = new byte[width * height * bands];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * bands;
                for (int b = 0; b < 3; b++) {
                    s[i + b] = (byte) (x * 3 + y * b + b * 50);
                }
                if (bands == 4) {
                    s[i + 3] = (byte) (opaque ? 255 : 40 + y * 200 / height);
                }
            }
        }
        return Raster.ofBytes(width, height, bands, ColourSpace.SRGB, s);
    }

    /** @param quality 0 to 100 for lossy, -1 for lossless (the encoder configured for it, as a request cannot) */
    private static byte[] encode(Raster raster, int quality, byte[] icc, String xmp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebpEncoder(LIBRARY, quality < 0 ? -1 : 50).encode(raster, new EncodeOptions(quality, icc, xmp), out);
        return out.toByteArray();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static BufferedImage read(byte[] webp) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(webp));
        assertThat(image).isNotNull();
        return image;
    }

    @ParameterizedTest(name = "quality {0}, {1} bands, opaque {2}, icc {3}, xmp {4}")
    @CsvSource({
        "80, 3, false, true, false", "80, 3, false, false, true", "80, 3, false, true, true",
        "80, 4, false, true, false", "80, 4, false, false, true", "80, 4, false, true, true",
        "80, 4, true, true, true",
        "-1, 3, false, true, false", "-1, 3, false, false, true", "-1, 3, false, true, true",
        "-1, 4, false, true, false", "-1, 4, false, false, true", "-1, 4, false, true, true",
        "-1, 4, true, true, true"})
    void theExtendedFormatHasItsChunksInOrderWithTheirFlags(int quality, int bands, boolean opaque, boolean icc,
            boolean xmp) throws IOException {
        Raster raster = picture(37, 23, bands, opaque);
        List<Chunk> plain = parse(encode(raster, quality, null, null));
        byte[] rich = encode(raster, quality, icc ? SRGB : null, xmp ? XMP : null);
        List<Chunk> chunks = parse(rich);

        String bitstream = quality < 0 ? "VP8L" : "VP8 ";
        boolean alph = quality >= 0 && bands == 4 && !opaque;
        List<String> expected = new ArrayList<>(List.of("VP8X"));
        if (icc) {
            expected.add("ICCP");
        }
        if (alph) {
            expected.add("ALPH");
        }
        expected.add(bitstream);
        if (xmp) {
            expected.add("XMP ");
        }
        assertThat(names(chunks)).isEqualTo(expected);

        byte[] vp8x = chunks.get(0).payload();
        assertThat(vp8x).hasSize(10);
        int flags = (icc ? 0x20 : 0) | (bands == 4 ? 0x10 : 0) | (xmp ? 0x04 : 0);
        assertThat(vp8x[0] & 0xff).as("VP8X flags").isEqualTo(flags);
        assertThat(Arrays.copyOfRange(vp8x, 1, 4)).as("reserved").containsExactly(0, 0, 0);
        assertThat(vp8x[4] & 0xff | (vp8x[5] & 0xff) << 8 | (vp8x[6] & 0xff) << 16).as("width - 1").isEqualTo(36);
        assertThat(vp8x[7] & 0xff | (vp8x[8] & 0xff) << 8 | (vp8x[9] & 0xff) << 16).as("height - 1").isEqualTo(22);
        if (icc) {
            assertThat(chunk(chunks, "ICCP").payload()).isEqualTo(SRGB);
        }
        if (xmp) {
            Chunk x = chunk(chunks, "XMP ");
            assertThat(x.payload()).isEqualTo(XMP.getBytes(StandardCharsets.UTF_8));
            assertThat(x.padded()).as("XMP of an odd length, padded").isTrue();
        }
        // the image's chunks are libwebp's, unchanged
        for (Chunk c : plain) {
            if (!c.fourCc().equals("VP8X")) {
                assertThat(chunk(chunks, c.fourCc()).payload()).as(c.fourCc()).isEqualTo(c.payload());
            }
        }

        int[] before = pixels(read(encode(raster, quality, null, null)));
        assertThat(pixels(read(rich))).as("TwelveMonkeys: pixels as without metadata").isEqualTo(before);
        BufferedImage vips = Vips.decode(rich, "webp");
        assertThat(vips.getColorModel().hasAlpha()).as("vips: alpha").isEqualTo(bands == 4);
        assertThat(pixels(vips)).as("vips: pixels as without metadata")
                .isEqualTo(pixels(Vips.decode(encode(raster, quality, null, null), "webp")));
    }

    @Test
    void theXmpPacketOfTheTestsHasAnOddLength() {
        assertThat(XMP.getBytes(StandardCharsets.UTF_8).length % 2).isOne();
    }

    @Test
    void withoutMetadataTheFileIsLibwebpsByteForByte() throws IOException {
        for (int quality : new int[] {-1, 80}) {
            for (int bands : new int[] {3, 4}) {
                Raster raster = picture(30, 20, bands, false);
                byte[] direct = LIBRARY.encode(raster.bytes(), 30, 20, bands == 4, quality);
                assertThat(new String(direct, 12, 4, StandardCharsets.US_ASCII))
                        .isEqualTo(quality < 0 ? "VP8L" : bands == 4 ? "VP8X" : "VP8 ");
                assertThat(encode(raster, quality, null, null)).isEqualTo(direct);
                assertThat(encode(raster, quality, new byte[0], "")).as("empty metadata").isEqualTo(direct);
            }
        }
    }

    @Test
    void oddPayloadsArePaddedWithOneZeroByte() throws IOException {
        byte[] icc = new byte[101];
        Arrays.fill(icc, (byte) 7);
        String xmp = "<x/>" + "a".repeat(98);
        for (int quality : new int[] {-1, 80}) {
            Raster raster = picture(17, 9, 3, false);
            byte[] plain = encode(raster, quality, null, null);
            byte[] rich = encode(raster, quality, icc, xmp + "b");
            List<Chunk> chunks = parse(rich);
            assertThat(chunk(chunks, "ICCP").payload()).isEqualTo(icc);
            assertThat(chunk(chunks, "ICCP").padded()).isTrue();
            assertThat(chunk(chunks, "XMP ").payload()).hasSize(103);
            assertThat(chunk(chunks, "XMP ").padded()).isTrue();
            // header, VP8X and the image's chunks, then 8 + 101 + 1 and 8 + 103 + 1
            assertThat(rich.length).isEqualTo(plain.length + 18 + 110 + 112);
            // an even XMP packet has no padding byte
            List<Chunk> even = parse(encode(raster, quality, null, xmp));
            assertThat(chunk(even, "XMP ").payload()).hasSize(102);
            assertThat(chunk(even, "XMP ").padded()).isFalse();
        }
    }

    @Test
    void vipsFindsTheProfileAndThePacket() throws IOException {
        for (int quality : new int[] {-1, 80}) {
            for (int bands : new int[] {3, 4}) {
                Raster raster = picture(25, 19, bands, false);
                String header = Vips.header(encode(raster, quality, SRGB, XMP), "webp");
                int xmpBytes = XMP.getBytes(StandardCharsets.UTF_8).length;
                assertThat(header).contains("icc-profile-data: " + SRGB.length + " bytes")
                        .contains("xmp-data: " + xmpBytes + " bytes").contains("bands: " + bands);
                assertThat(Vips.header(encode(raster, quality, SRGB, null), "webp")).contains("icc-profile-data")
                        .doesNotContain("xmp-data");
                assertThat(Vips.header(encode(raster, quality, null, XMP), "webp")).contains("xmp-data")
                        .doesNotContain("icc-profile-data");
            }
        }
    }

    @Test
    void aMalformedFileIsAnIoException() throws IOException {
        byte[] good = LIBRARY.encode(picture(8, 8, 3, false).bytes(), 8, 8, false, 80);
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[0]);
        bad.add(Arrays.copyOf(good, 12));
        bad.add(Arrays.copyOf(good, good.length - 1));
        byte[] notWebp = good.clone();
        notWebp[8] = 'X';
        bad.add(notWebp);
        byte[] riff = good.clone();
        riff[4]++;
        bad.add(riff);
        byte[] chunk = good.clone();
        chunk[16] = (byte) 0xff;
        chunk[17] = (byte) 0xff;
        bad.add(chunk);
        byte[] huge = good.clone();
        huge[19] = (byte) 0x80;
        bad.add(huge);
        byte[] other = good.clone();
        System.arraycopy("ANIM".getBytes(StandardCharsets.US_ASCII), 0, other, 12, 4);
        bad.add(other);
        byte[] frame = good.clone();
        frame[23] = 0;
        bad.add(frame);
        byte[] cut = Arrays.copyOf(good, good.length + 4);
        cut[4] += 4;
        bad.add(cut);
        for (byte[] b : bad) {
            assertThatThrownBy(() -> WebpContainer.withMetadata(b, false, SRGB, null)).isInstanceOf(IOException.class);
        }
        assertThat(WebpContainer.withMetadata(good, false, SRGB, null)).isNotEqualTo(good);
    }
}
