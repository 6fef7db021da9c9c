/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.tiff.internal;

import io.gigatile.api.DecodeFailureException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One image file directory: its entries, with values read from the file on demand. Every read is bounded by
 * the caller's limit and by the file's length, so a corrupt count cannot make it allocate much.
 */
final class Ifd {
    private final SharedFile file;
    private final ByteOrder order;
    private final Map<Integer, Entry> entries;

    /**
     * One entry as stored.
     *
     * @param type the TIFF field type
     * @param count the number of values
     * @param inline the value field's bytes, which hold the values when they fit
     * @param offset the value field read as an offset
     */
    record Entry(int type, long count, byte[] inline, long offset) {
    }

    Ifd(SharedFile file, ByteOrder order, Map<Integer, Entry> entries) {
        this.file = file;
        this.order = order;
        this.entries = Map.copyOf(entries);
    }

    /** @return bytes of one value of a field type, 0 for types this decoder does not know */
    static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
    }

    boolean has(int tag) {
        return entries.containsKey(tag);
    }

    /** @return the number of values of a field, 0 when absent */
    long count(int tag) {
        Entry e = entries.get(tag);
        return e == null ? 0 : e.count();
    }

    /**
     * @param tag the tag
     * @param fallback the TIFF default
     * @return the first value of an integer field, or the default when the field is absent
     */
    long scalar(int tag, long fallback) {
        Entry e = entries.get(tag);
        if (e == null || e.count() < 1) {
            return fallback;
        }
        checkInteger(tag, e);
        return new UnsignedArray(ByteBuffer.wrap(raw(e, 1, 8)).order(order), typeSize(e.type())).get(0);
    }

    /**
     * @param tag an integer field
     * @param expected how many values it must have
     * @return the values
     * @throws DecodeFailureException if the field is absent, holds another count or is not an integer field
     */
    UnsignedArray integers(int tag, long expected) {
        Entry e = entries.get(tag);
        if (e == null || e.count() != expected) {
            throw new DecodeFailureException("TIFF tag " + tag + " is missing or has the wrong length");
        }
        checkInteger(tag, e);
        return new UnsignedArray(ByteBuffer.wrap(raw(e, e.count(), Integer.MAX_VALUE)).order(order),
                typeSize(e.type()));
    }

    private static void checkInteger(int tag, Entry e) {
        int type = e.type();
        if (type == 2 || type == 5 || type == 7 || type >= 10 && type <= 12 || typeSize(type) == 0) {
            throw new DecodeFailureException("TIFF tag " + tag + " is not an integer field");
        }
    }

    /**
     * @param tag a numeric field of any type (SMinSampleValue takes the sample's own type)
     * @param max the most values wanted
     * @return its values, empty when absent, not numeric or longer than {@code max}
     */
    Optional<double[]> numbers(int tag, int max) {
        Entry e = entries.get(tag);
        if (e == null || e.count() < 1 || e.count() > max || e.type() == 2 || e.type() == 7) {
            return Optional.empty();
        }
        int size = typeSize(e.type());
        ByteBuffer b = ByteBuffer.wrap(raw(e, e.count(), max * 8)).order(order);
        double[] values = new double[(int) e.count()];
        for (int i = 0; i < values.length; i++) {
            int at = i * size;
            values[i] = switch (e.type()) {
                case 1 -> b.get(at) & 0xff;
                case 6 -> b.get(at);
                case 3 -> b.getShort(at) & 0xffff;
                case 8 -> b.getShort(at);
                case 4, 13 -> b.getInt(at) & 0xffffffffL;
                case 9 -> b.getInt(at);
                case 11 -> b.getFloat(at);
                case 12 -> b.getDouble(at);
                case 5 -> ratio(b.getInt(at) & 0xffffffffL, b.getInt(at + 4) & 0xffffffffL);
                case 10 -> ratio(b.getInt(at), b.getInt(at + 4));
                default -> b.getLong(at);
            };
        }
        return Optional.of(values);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /**
     * @param tag a RATIONAL field
     * @return its first value, 0 when absent or undefined
     */
    double rational(int tag) {
        Entry e = entries.get(tag);
        if (e == null || e.type() != 5 || e.count() < 1) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.wrap(raw(e, 1, 8)).order(order);
        long numerator = b.getInt(0) & 0xffffffffL;
        long denominator = b.getInt(4) & 0xffffffffL;
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /**
     * @param tag a field of any type
     * @param max the most bytes wanted
     * @return the field's value bytes, empty when absent or larger than {@code max}
     */
    Optional<byte[]> bytes(int tag, int max) {
        Entry e = entries.get(tag);
        int size = e == null ? 0 : typeSize(e.type());
        if (size == 0 || e.count() > max / size) {
            return Optional.empty();
        }
        return Optional.of(raw(e, e.count(), max));
    }

    /**
     * @param tag an ASCII field
     * @return its text up to the first NUL, empty when absent or longer than 1 MB
     */
    Optional<String> text(int tag) {
        return bytes(tag, 1 << 20).map(b -> {
            int end = 0;
            while (end < b.length && b[end] != 0) {
                end++;
            }
            return new String(b, 0, end, StandardCharsets.UTF_8);
        });
    }

    /** Reads the first {@code count} values; where they are depends on the size of all of them. */
    private byte[] raw(Entry e, long count, int max) {
        int size = typeSize(e.type());
        if (e.count() > file.size() / size) {
            throw new DecodeFailureException("a TIFF field is longer than the file");
        }
        if (count > max / size) {
            throw new DecodeFailureException("a TIFF field is too long");
        }
        int length = (int) (count * size);
        if (e.count() * size <= e.inline().length) {
            byte[] value = new byte[length];
            System.arraycopy(e.inline(), 0, value, 0, length);
            return value;
        }
        return file.read(e.offset(), length);
    }
}
