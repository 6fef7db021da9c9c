/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

/**
 * Escapes untrusted text for HTML: identifiers are file names, and a file name may hold {@code <}, {@code "},
 * {@code &}, quotes of either kind and any Unicode. One escape serves text and double- or single-quoted attribute
 * values alike.
 */
final class Html {

    private Html() {
    }

    /**
     * @param text any text
     * @return the text with {@code & < > " '} as character references; other characters as they are (the page is
     *         UTF-8), except control characters, which become U+FFFD
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
