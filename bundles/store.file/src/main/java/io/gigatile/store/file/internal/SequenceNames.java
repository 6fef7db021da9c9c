/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.file.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an image sequence from the names in its folder exactly as iipsrv's IIPImage does with glob(3): the
 * sequence {@code name} exists when exactly one file matches {@code name + pattern + "000_090.*"}, whose last
 * suffix is the sequence's extension; the horizontal angles are the numbers between the pattern and the last
 * '_' of the files matching {@code *_090.ext}; the vertical ones the three characters before {@code .ext} of
 * the files matching {@code 000_*.ext}. Both lists are sorted, duplicates kept. Names are compared literally:
 * glob characters in an identifier are not wildcards here.
 */
final class SequenceNames {

    /**
     * A sequence found in a folder.
     *
     * @param extension the files' extension, without the dot
     * @param horizontal the horizontal angles, ascending
     * @param vertical the vertical angles, ascending
     */
    record Sequence(String extension, List<Integer> horizontal, List<Integer> vertical) {
        Sequence {
            horizontal = List.copyOf(horizontal);
            vertical = List.copyOf(vertical);
        }
    }

    private SequenceNames() {
    }

    /**
     * @param names the names of the folder's entries
     * @param stem the identifier's last segment followed by the pattern, such as {@code name_pyr_}
     * @return the sequence, or empty if no single {@code 000_090} file names one
     */
    static Optional<Sequence> find(Collection<String> names, String stem) {
        String first = stem + "000_090.";
        List<String> defaults = names.stream().filter(n -> n.startsWith(first) && visible(n, stem)).toList();
        if (defaults.size() != 1) {
            return Optional.empty();
        }
        String only = defaults.get(0);
        String extension = only.substring(only.lastIndexOf('.') + 1);
        String tail = "." + extension;
        List<Integer> horizontal = new ArrayList<>();
        List<Integer> vertical = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(stem) || !name.endsWith(tail) || !visible(name, stem)) {
                continue;
            }
            int end = name.length() - tail.length();
            if (end - stem.length() >= "_090".length() && name.startsWith("_090", end - 4)) {
                horizontal.add(cInt(name.substring(stem.length(), name.lastIndexOf('_'))));
            }
            if (end >= stem.length() + "000_".length() && name.startsWith("000_", stem.length())) {
                vertical.add(cInt(name.substring(end - 3, end)));
            }
        }
        horizontal.sort(null);
        vertical.sort(null);
        return Optional.of(new Sequence(extension, horizontal, vertical));
    }

    /**
     * @param stem the identifier's last segment followed by the pattern
     * @param horizontal a horizontal angle
     * @param vertical a vertical angle
     * @param extension the sequence's extension
     * @return the view's file name, as iipsrv's {@code getFileName} prints it ({@code %03d_%03d})
     */
    static String fileName(String stem, int horizontal, int vertical, String extension) {
        return String.format(Locale.ROOT, "%s%03d_%03d.%s", stem, horizontal, vertical, extension);
    }

    /** glob(3) lets a wildcard match a leading dot only when the pattern itself starts with one. */
    private static boolean visible(String name, String stem) {
        return !stem.isEmpty() || !name.startsWith(".");
    }

    /**
     * C++'s {@code istringstream >> int}: leading white space, a sign and digits, ignoring what follows; 0 when
     * there are no digits, the nearest int when the number does not fit.
     */
    static int cInt(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean digits = false;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            digits = true;
            value = Math.min(value * 10 + (text.charAt(i) - '0'), 1L + Integer.MAX_VALUE);
            i++;
        }
        if (!digits) {
            return 0;
        }
        long signed = negative ? -value : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    }
}
