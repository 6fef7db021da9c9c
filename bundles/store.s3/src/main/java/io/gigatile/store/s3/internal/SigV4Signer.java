/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests without query parameters, signed in the Authorization header. All this
 * store needs is a HEAD and a ranged GET, so the canonical query string is always empty. Stateless apart from the
 * credentials; safe for concurrent use.
 */
final class SigV4Signer {
    /** The SHA-256 of an empty payload, the body of every GET and HEAD. */
    static final String EMPTY_PAYLOAD_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String SERVICE = "s3";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final S3Credentials credentials;
    private final String region;

    SigV4Signer(S3Credentials credentials, String region) {
        this.credentials = credentials;
        this.region = region;
    }

    /**
     * @param method the HTTP method
     * @param host the Host header exactly as the HTTP client will send it (host, plus ":port" when not the default)
     * @param canonicalUri the request path, already encoded with {@link S3Keys#encodePath}
     * @param headers further headers to sign and send, such as range (case does not matter)
     * @param payloadHash the hex SHA-256 of the body
     * @param time the signing time
     * @return every header to send except Host: the given ones, the x-amz-* ones and Authorization
     */
    Map<String, String> sign(String method, String host, String canonicalUri, Map<String, String> headers,
            String payloadHash, Instant time) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.strip()));
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", AMZ_DATE.format(time));
        if (!credentials.sessionToken().isEmpty()) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        SortedMap<String, String> withHost = new TreeMap<>(signed);
        withHost.put("host", host);
        String signedNames = String.join(";", withHost.keySet());
        String scope = AMZ_DATE.format(time).substring(0, 8) + "/" + region + "/" + SERVICE + "/aws4_request";
        String toSign = stringToSign(canonicalRequest(method, canonicalUri, withHost, payloadHash), time, scope);
        String signature = HEX.formatHex(hmac(signingKey(time), toSign));
        signed.put("authorization", ALGORITHM + " Credential=" + credentials.accessKey() + "/" + scope
                + ", SignedHeaders=" + signedNames + ", Signature=" + signature);
        return signed;
    }

    static String canonicalRequest(String method, String canonicalUri, SortedMap<String, String> headers,
            String payloadHash) {
        StringBuilder request = new StringBuilder(method).append('\n').append(canonicalUri).append("\n\n");
        headers.forEach((name, value) -> request.append(name).append(':').append(value).append('\n'));
        return request.append('\n').append(String.join(";", headers.keySet())).append('\n').append(payloadHash)
                .toString();
    }

    static String stringToSign(String canonicalRequest, Instant time, String scope) {
        return ALGORITHM + "\n" + AMZ_DATE.format(time) + "\n" + scope + "\n" + sha256Hex(
                canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the hex SHA-256 of the bytes, as x-amz-content-sha256 wants it */
    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private byte[] signingKey(Instant time) {
        byte[] secret = ("AWS4" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8);
        byte[] date = hmac(secret, AMZ_DATE.format(time).substring(0, 8));
        return hmac(hmac(hmac(date, region), SERVICE), "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
