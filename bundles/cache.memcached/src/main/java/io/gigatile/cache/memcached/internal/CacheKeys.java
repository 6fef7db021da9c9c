/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * memcached keys for cache keys. memcached takes keys of at most 250 bytes without spaces or control characters;
 * a request's cache key can be longer and hold anything, so the key is a fixed prefix and the SHA-256 of the cache
 * key in hex (73 characters). Two cache keys with one hash would share an entry: the value carries its cache key,
 * and a lookup for the other one is a miss.
 */
final class CacheKeys {
    /** Sets Gigatile's entries apart from other users of the same servers (iipsrv writes "iipsrv::..."). */
    static final String PREFIX = "gigatile:";

    private CacheKeys() {
    }

    /**
     * @param cacheKey a request's cache key
     * @return its memcached key
     */
    static String of(String cacheKey) {
        try {
            // MessageDigest instances are not thread-safe; a new one per key is cheap beside a network round trip
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return PREFIX + HexFormat.of().formatHex(sha.digest(cacheKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
