/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.jpeg.internal;

import static io.gigatile.api.testing.Encoding.decode;
import static io.gigatile.api.testing.Encoding.encode;
import static io.gigatile.encoder.jpeg.internal.Jpegs.gradient;
import static io.gigatile.encoder.jpeg.internal.Jpegs.headers;
import static io.gigatile.encoder.jpeg.internal.Jpegs.iccProfile;
import static io.gigatile.encoder.jpeg.internal.Jpegs.maxDifference;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ICC profiles and XMP spliced in after the JFIF segment. */
class JpegMetadataTest {
    private static final String XMP_ID = "http://ns.adobe.com/xap/1.0/\0";

    private final JpegEncoder encoder = new JpegEncoder(75);

    @Test
    void iccProfileRoundTripsInOneSegment() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Raster raster = gradient(40, 30, 3, 3);

        byte[] jpeg = encode(encoder, raster, new EncodeOptions(90, profile, null));

        assertThat(iccProfile(jpeg)).isEqualTo(profile);
        List<Jpegs.Segment> segments = headers(jpeg);
        assertThat(segments.get(0).marker()).isEqualTo(0xE0);
        assertThat(segments.get(1).marker()).isEqualTo(0xE2);
        assertThat(segments).filteredOn(s -> s.marker() == 0xE2).hasSize(1);
        assertThat(maxDifference(raster, decode(jpeg))).isLessThanOrEqualTo(24);
    }

    @Test
    void theResolutionGoesIntoTheJfifHeaderInPixelsPerInch() {
        byte[] jpeg = encode(encoder, gradient(40, 30, 3, 3), new EncodeOptions(90, null, null, 299.6, 72.2));

        byte[] jfif = headers(jpeg).get(0).payload();
        assertThat(headers(jpeg).get(0).marker()).isEqualTo(0xE0);
        assertThat(new String(jfif, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("JFIF");
        assertThat(jfif[7]).as("units: inch").isEqualTo((byte) 1);
        assertThat((jfif[8] & 0xFF) << 8 | jfif[9] & 0xFF).isEqualTo(300);
        assertThat((jfif[10] & 0xFF) << 8 | jfif[11] & 0xFF).isEqualTo(72);
        assertThat(decode(jpeg).getWidth()).isEqualTo(40);
    }

    @Test
    void largeIccProfileIsChunked() {
        byte[] profile = new byte[2 * JpegSegments.ICC_CHUNK + 1234];
        new Random(7).nextBytes(profile);

        byte[] jpeg = encode(encoder, gradient(16, 16, 3, 0), new EncodeOptions(-1, profile, null));

        assertThat(iccProfile(jpeg)).isEqualTo(profile);
        List<Jpegs.Segment> chunks = headers(jpeg).stream().filter(s -> s.marker() == 0xE2).toList();
        assertThat(chunks).extracting(s -> s.payload().length)
                .containsExactly(14 + JpegSegments.ICC_CHUNK, 14 + JpegSegments.ICC_CHUNK, 14 + 1234);
        assertThat(chunks).extracting(s -> s.payload()[13]).containsOnly((byte) 3);
    }

    @Test
    void profileOfExactlyOneChunkTakesOneSegment() {
        byte[] profile = new byte[JpegSegments.ICC_CHUNK];
        Arrays.fill(profile, (byte) 9);

        byte[] jpeg = encode(encoder, gradient(8, 8, 1, 0), new EncodeOptions(-1, profile, null));

        assertThat(iccProfile(jpeg)).isEqualTo(profile);
        assertThat(headers(jpeg)).filteredOn(s -> s.marker() == 0xE2).hasSize(1);
    }

    @Test
    void profileTooLargeForJpegIsLeftOut() {
        byte[] profile = new byte[255 * JpegSegments.ICC_CHUNK + 1];

        byte[] jpeg = encode(encoder, gradient(8, 8, 3, 0), new EncodeOptions(-1, profile, null));

        assertThat(iccProfile(jpeg)).isNull();
        assertThat(decode(jpeg).getWidth()).isEqualTo(8);
    }

    @Test
    void xmpRoundTripsAfterTheProfile() {
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF/>\u00e9</x:xmpmeta>";
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        byte[] jpeg = encode(encoder, gradient(16, 16, 3, 0), new EncodeOptions(-1, profile, xmp));

        List<Jpegs.Segment> segments = headers(jpeg);
        assertThat(segments).extracting(Jpegs.Segment::marker).startsWith(0xE0, 0xE2, 0xE1);
        byte[] payload = segments.get(2).payload();
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(XMP_ID + xmp);
        assertThat(iccProfile(jpeg)).isEqualTo(profile);
        assertThat(decode(jpeg).getWidth()).isEqualTo(16);
    }

    @Test
    void xmpTooLargeForOneSegmentIsLeftOut() {
        String xmp = "x".repeat(70_000);

        byte[] jpeg = encode(encoder, gradient(8, 8, 3, 0), new EncodeOptions(-1, null, xmp));

        assertThat(headers(jpeg)).extracting(Jpegs.Segment::marker).doesNotContain(0xE1);
    }

    @Test
    void metadataDoesNotChangeThePixels() {
        Raster raster = gradient(24, 24, 3, 4);
        byte[] plain = encode(encoder, raster, EncodeOptions.DEFAULT);
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        byte[] tagged = encode(encoder, raster, new EncodeOptions(-1, profile, "<x/>"));

        int app0End = 2 + 2 + headers(plain).get(0).payload().length + 2;
        assertThat(Arrays.copyOfRange(tagged, tagged.length - (plain.length - app0End), tagged.length))
                .isEqualTo(Arrays.copyOfRange(plain, app0End, plain.length));
    }
}
