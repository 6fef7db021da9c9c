/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.DecodeFailureException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken streams and wrong expectations fail with {@link DecodeFailureException} (the caller's own mistakes with
 * {@link IllegalArgumentException}), quickly, without a crash, and leave the codec working.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BrokenStreamsTest {
    private final TurboJpegCodec codec = Jpegs.codec();
    private final byte[] good = Jpegs.jdkEncode(Jpegs.picture(256, 256, 3), 90);
    private final byte[] grey = Jpegs.jdkEncode(Jpegs.picture(64, 64, 1), 90);

    @AfterEach
    void stillWorks() {
        assertThat(codec.decode(good, 256, 256, 3, false)).hasSize(256 * 256 * 3);
        codec.deactivate();
    }

    /** Cut in the header, in the scan, or just before EOI: a truncated tile is an error, not a grey picture. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 10, 100, 300, 700, 2000, 5000, -200, -3, -2, -1})
    void truncatedStreamsFail(int cut) {
        byte[] truncated = Arrays.copyOf(good, cut > 0 ? cut : good.length + cut);

        assertThatThrownBy(() -> codec.decode(truncated, 256, 256, 3, false))
                .isInstanceOf(DecodeFailureException.class);
        assertThatThrownBy(() -> codec.decode(truncated, 256, 256, 3, true))
                .isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void randomBytesAfterTheStartMarkerFail() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] noise = new byte[2 + random.nextInt(4000)];
            random.nextBytes(noise);
            noise[0] = (byte) 0xff;
            noise[1] = (byte) 0xd8;
            boolean rgb = i % 2 == 0;

            assertThatThrownBy(() -> codec.decode(noise, 256, 256, 3, rgb)).as("noise %d", noise.length)
                    .isInstanceOf(DecodeFailureException.class);
        }
    }

    /** Bytes overwritten in the header or the scan: each stream decodes, or fails as corrupt; nothing else. */
    @Test
    void overwrittenBytesDecodeOrFailButNeverCrash() {
        Random random = new Random(42);
        int failures = 0;
        for (int i = 0; i < 400; i++) {
            byte[] bad = good.clone();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                bad[2 + random.nextInt(bad.length - 2)] = (byte) random.nextInt(256);
            }
            try {
                assertThat(codec.decode(bad, 256, 256, 3, i % 2 == 0)).hasSize(256 * 256 * 3);
            } catch (DecodeFailureException e) {
                failures++;
            }
        }
        assertThat(failures).isPositive();
    }

    /** libjpeg refuses sides above 65500 as it reads the header; below, the header is checked against the call. */
    @Test
    void aHeaderClaimingAHugeFrameIsRefusedBeforeAnythingIsAllocated() {
        byte[] huge = Segments.withFrameSize(grey, 65535, 65535);
        byte[] large = Segments.withFrameSize(grey, 65000, 65000);

        assertThatThrownBy(() -> codec.decode(huge, 64, 64, 1, false)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the JPEG stream's header is corrupt");
        assertThatThrownBy(() -> codec.decode(large, 64, 64, 1, false)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the JPEG frame is not the size expected");
        assertThatThrownBy(() -> codec.decode(huge, 65535, 65535, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The largest frame allowed, claimed by a stream of 64 x 64 pixels' data: the data runs out, and that fails. */
    @Test
    void aHeaderClaimingTheLargestFrameAllowedFailsWhenItsDataRunsOut() {
        byte[] large = Segments.withFrameSize(grey, 8192, 8192);

        assertThatThrownBy(() -> codec.decode(large, 8192, 8192, 1, false))
                .isInstanceOf(DecodeFailureException.class).hasMessage("the JPEG stream is corrupt or truncated");
    }

    @Test
    void aFrameOtherThanTheOneExpectedFails() {
        assertThatThrownBy(() -> codec.decode(good, 255, 256, 3, false)).isInstanceOf(DecodeFailureException.class);
        assertThatThrownBy(() -> codec.decode(good, 256, 128, 3, false)).isInstanceOf(DecodeFailureException.class);
        assertThatThrownBy(() -> codec.decode(good, 256, 256, 1, false)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("the JPEG stream's components are not the bands expected");
        assertThatThrownBy(() -> codec.decode(grey, 64, 64, 3, true)).isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void cmykIsRefused() {
        byte[] cmyk = Jpegs.cmyk(32, 32);

        assertThatThrownBy(() -> codec.decode(cmyk, 32, 32, 3, false)).isInstanceOf(DecodeFailureException.class)
                .hasMessage("CMYK JPEG is not supported");
        assertThatThrownBy(() -> codec.decode(cmyk, 32, 32, 3, true)).isInstanceOf(DecodeFailureException.class);
    }

    @Test
    void whatIsNoJpegStreamFails() {
        byte[] tablesOnly = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9};

        for (byte[] bad : new byte[][] {{}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, tablesOnly,
            Arrays.copyOfRange(good, 2, good.length), new byte[TurboJpegCodec.MAX_STREAM + 1]}) {
            assertThatThrownBy(() -> codec.decode(bad, 256, 256, 3, false)).isInstanceOf(DecodeFailureException.class);
        }
    }

    @Test
    void argumentsOutOfRangeAreTheCallersMistake() {
        assertThatThrownBy(() -> codec.decode(null, 256, 256, 3, false)).isInstanceOf(IllegalArgumentException.class);
        for (int[] frame : new int[][] {{0, 256, 3}, {256, 0, 3}, {65536, 1, 1}, {-1, 256, 3}, {256, 256, 2},
            {256, 256, 4}, {256, 256, 0}, {8192, 8192, 3}}) {
            assertThatThrownBy(() -> codec.decode(good, frame[0], frame[1], frame[2], false))
                    .as("%s", Arrays.toString(frame)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A decompressor that failed is destroyed, not pooled; one that succeeded waits for the next call. */
    @Test
    void aHandleThatFailedIsNotReused() {
        codec.decode(good, 256, 256, 3, false);
        assertThat(codec.idleHandles()[0]).isEqualTo(1);

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(good, 2000), 256, 256, 3, false))
                .isInstanceOf(DecodeFailureException.class);

        assertThat(codec.idleHandles()[0]).isZero();
    }
}
