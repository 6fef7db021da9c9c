/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cache.memcached.internal;

import io.gigatile.api.RenderedImage;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import net.spy.memcached.CachedData;
import net.spy.memcached.transcoders.Transcoder;

/**
 * A rendered image as a memcached value, without Java serialization: a format byte, then the media type, the
 * modification time (seconds, nanoseconds), the version, the cache key and the encoded bytes, each string and the
 * bytes preceded by their length; big-endian. memcached's flags carry {@link #FLAGS}, so that a value someone else
 * wrote under the same key is told apart before it is read. A value that is not one of ours, is damaged, or is
 * larger than the cache would have stored decodes to null: a miss, never an exception.
 */
final class ImageTranscoder implements Transcoder<RenderedImage> {
    /** "GT": the flags of the entries written here. */
    static final int FLAGS = 0x4754;
    /** The layout below; a new layout takes a new number, and old entries then read as misses. */
    static final byte FORMAT = 1;
    /** The format byte, four lengths, and the time's seconds and nanoseconds. */
    private static final int FIXED = 1 + 4 * 4 + 8 + 4;

    private final int maxBytes;

    /** @param maxBytes the largest value decoded; larger ones are not read */
    ImageTranscoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param image an image
     * @return the length of its encoding, computed without encoding it
     */
    static long encodedSize(RenderedImage image) {
        return FIXED + (long) utf8(image.mediaType()).length + utf8(image.version()).length
                + utf8(image.cacheKey()).length + image.bytes().length;
    }

    /** Decoding is a copy of bytes already read: the request thread does it, no pool is needed. */
    @Override
    public boolean asyncDecode(CachedData data) {
        return false;
    }

    @Override
    public CachedData encode(RenderedImage image) {
        byte[] mediaType = utf8(image.mediaType());
        byte[] version = utf8(image.version());
        byte[] key = utf8(image.cacheKey());
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(encodedSize(image)));
        out.put(FORMAT);
        out.putInt(mediaType.length).put(mediaType);
        out.putLong(image.lastModified().getEpochSecond()).putInt(image.lastModified().getNano());
        out.putInt(version.length).put(version);
        out.putInt(key.length).put(key);
        out.putInt(image.bytes().length).put(image.bytes());
        return new CachedData(FLAGS, out.array(), getMaxSize());
    }

    @Override
    public RenderedImage decode(CachedData data) {
        byte[] value = data.getData();
        if (data.getFlags() != FLAGS || value.length > maxBytes || value.length < FIXED || value[0] != FORMAT) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(value, 1, value.length - 1);
            String mediaType = new String(chunk(in), StandardCharsets.UTF_8);
            Instant lastModified = Instant.ofEpochSecond(in.getLong(), in.getInt());
            String version = new String(chunk(in), StandardCharsets.UTF_8);
            String key = new String(chunk(in), StandardCharsets.UTF_8);
            byte[] bytes = chunk(in);
            return in.hasRemaining() ? null : new RenderedImage(bytes, mediaType, lastModified, version, key);
        } catch (BufferUnderflowException | IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * spymemcached wraps every value it reads in a {@link CachedData} bounded by this size, on its I/O thread, where
     * an exception would drop the connection: the bound that matters is checked in {@link #decode} instead.
     */
    @Override
    public int getMaxSize() {
        return Integer.MAX_VALUE;
    }

    private static byte[] chunk(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad length " + length);
        }
        byte[] chunk = new byte[length];
        in.get(chunk);
        return chunk;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
