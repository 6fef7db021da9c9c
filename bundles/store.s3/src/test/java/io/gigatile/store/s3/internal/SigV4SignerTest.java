/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The signer against AWS's published example "GET Object" with a Range header (Amazon S3 API reference,
 * "Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk"), and the key
 * encoding S3 expects.
 */
class SigV4SignerTest {
    private static final S3Credentials EXAMPLE = new S3Credentials("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "");
    private static final Instant TIME = Instant.parse("2013-05-24T00:00:00Z");

    @Test
    void signsTheDocumentedRangedGet() {
        Map<String, String> headers = new SigV4Signer(EXAMPLE, "us-east-1").sign("GET",
                "examplebucket.s3.amazonaws.com", "/test.txt", Map.of("Range", "bytes=0-9"),
                SigV4Signer.EMPTY_PAYLOAD_SHA256, TIME);

        assertThat(headers).containsEntry("range", "bytes=0-9")
                .containsEntry("x-amz-date", "20130524T000000Z")
                .containsEntry("x-amz-content-sha256", SigV4Signer.EMPTY_PAYLOAD_SHA256)
                .doesNotContainKey("host");
        assertThat(headers.get("authorization")).isEqualTo("AWS4-HMAC-SHA256"
                + " Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + " SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + " Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void buildsTheDocumentedCanonicalRequestAndStringToSign() {
        SortedMap<String, String> headers = new TreeMap<>(Map.of("host", "examplebucket.s3.amazonaws.com",
                "range", "bytes=0-9", "x-amz-content-sha256", SigV4Signer.EMPTY_PAYLOAD_SHA256,
                "x-amz-date", "20130524T000000Z"));

        String canonical = SigV4Signer.canonicalRequest("GET", "/test.txt", headers,
                SigV4Signer.EMPTY_PAYLOAD_SHA256);

        assertThat(canonical).isEqualTo("GET\n/test.txt\n\n"
                + "host:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                + "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                + "x-amz-date:20130524T000000Z\n\n"
                + "host;range;x-amz-content-sha256;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(SigV4Signer.stringToSign(canonical, TIME, "20130524/us-east-1/s3/aws4_request"))
                .isEqualTo("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                        + "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
    }

    @Test
    void aSessionTokenIsSentAndSigned() {
        Map<String, String> headers = new SigV4Signer(new S3Credentials("AKID", "secret", "token/with+chars"),
                "eu-west-1").sign("HEAD", "127.0.0.1:9000", "/b/k", Map.of(), SigV4Signer.EMPTY_PAYLOAD_SHA256,
                        TIME);

        assertThat(headers).containsEntry("x-amz-security-token", "token/with+chars");
        assertThat(headers.get("authorization"))
                .contains("/20130524/eu-west-1/s3/aws4_request,")
                .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
    }

    @Test
    void theEmptyPayloadHashIsTheSha256OfNothing() {
        assertThat(SigV4Signer.sha256Hex(new byte[0])).isEqualTo(SigV4Signer.EMPTY_PAYLOAD_SHA256);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "test.txt|test.txt",
        "photos/2026/a b.tif|photos/2026/a%20b.tif",
        "a+b.tif|a%2Bb.tif",
        "~user/x_y-z.tif|~user/x_y-z.tif",
        "ünïcödé/日本.tif|%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E6%97%A5%E6%9C%AC.tif",
        "100%.tif|100%25.tif",
        "a=b&c;d,e:f@g|a%3Db%26c%3Bd%2Ce%3Af%40g",
        "q?x#y|q%3Fx%23y",
        "a//b/|a//b/"
    })
    void encodesKeysOnceKeepingSlashes(String key, String encoded) {
        assertThat(S3Keys.encodePath(key)).isEqualTo(encoded);
    }
}
