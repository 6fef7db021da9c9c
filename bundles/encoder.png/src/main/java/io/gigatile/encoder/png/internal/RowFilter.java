/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

/**
 * Applies a PNG filter to each row.
 */
final class RowFilter {
    enum Mode { NONE, SUB, UP, ADAPTIVE }

    private static final int NONE = 0;
    private static final int SUB = 1;
    private static final int UP = 2;

    private final int pixelBytes;
    private final int rowBytes;
    private final Mode mode;
    private final byte[] out;

    RowFilter(int pixelBytes, int rowBytes, Mode mode) {
        this.pixelBytes = pixelBytes;
        this.rowBytes = rowBytes;
        this.mode = mode;
        this.out = new byte[rowBytes + 1];
    }

    byte[] filter(byte[] row, int at, byte[] prior, int priorAt) {
        int type = switch (mode) {
            case NONE -> NONE;
            case SUB -> SUB;
            case UP -> prior == null ? SUB : UP;
            case ADAPTIVE -> choose(row, at, prior, priorAt);
        };
        out[0] = (byte) type;
        switch (type) {
            case SUB -> sub(row, at);
            case UP -> up(row, at, prior, priorAt);
            default -> System.arraycopy(row, at, out, 1, rowBytes);
        }
        return out;
    }

    int length() {
        return rowBytes + 1;
    }

    private int choose(byte[] row, int at, byte[] prior, int priorAt) {
        long none = 0;
        long sub = 0;
        long up = 0;
        for (int i = 0; i < rowBytes; i++) {
            int raw = row[at + i];
            int left = i >= pixelBytes ? row[at + i - pixelBytes] : 0;
            none += Math.abs(raw);
            sub += Math.abs((byte) (raw - left));
            if (prior != null) {
                up += Math.abs((byte) (raw - prior[priorAt + i]));
            }
        }
        if (prior != null && up < sub && up < none) {
            return UP;
        }
        return sub < none ? SUB : NONE;
    }

    private void sub(byte[] row, int at) {
        System.arraycopy(row, at, out, 1, pixelBytes);
        for (int i = pixelBytes; i < rowBytes; i++) {
            out[i + 1] = (byte) (row[at + i] - row[at + i - pixelBytes]);
        }
    }

    private void up(byte[] row, int at, byte[] prior, int priorAt) {
        for (int i = 0; i < rowBytes; i++) {
            out[i + 1] = (byte) (row[at + i] - prior[priorAt + i]);
        }
    }
}
