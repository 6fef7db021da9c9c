/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to start, read from the {@code launcher.properties} that bnd's export writes from the resolved
 * {@code server.bndrun}: so the bundle list and start levels have one source, the drift-checked bndrun.
 * Keys outside {@code launch.*} are framework properties.
 */
record LaunchPlan(Map<String, String> frameworkProperties, List<Entry> bundles, int defaultStartLevel) {

    /** One bundle: its jar's path relative to the bundle folder, and its start level. */
    record Entry(String path, int startLevel) {
    }

    static final String FILE = "launcher.properties";

    private static final Pattern START_LEVEL = Pattern.compile("startlevel=(\\d+)");

    LaunchPlan {
        frameworkProperties = Map.copyOf(frameworkProperties);
        bundles = List.copyOf(bundles);
    }

    static LaunchPlan read(InputStream in) throws IOException {
        Properties props = new Properties();
        props.load(in);
        Map<String, String> framework = new HashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith("launch.")) {
                framework.put(key, props.getProperty(key));
            }
        }
        int defaultLevel = Integer.parseInt(props.getProperty("launch.startlevel.default", "1").trim());
        List<String> paths = split(props.getProperty("launch.bundles", ""));
        List<String> attrs = splitAttributes(props.getProperty("launch.runbundles.attrs", ""));
        if (attrs.size() != paths.size()) {
            throw new IOException(FILE + " lists " + paths.size() + " bundles but " + attrs.size() + " attributes");
        }
        List<Entry> bundles = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Matcher m = START_LEVEL.matcher(attrs.get(i));
            bundles.add(new Entry(paths.get(i), m.find() ? Integer.parseInt(m.group(1)) : defaultLevel));
        }
        return new LaunchPlan(framework, bundles, defaultLevel);
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** Splits at commas outside quotes: a version range in an attribute holds one. */
    private static List<String> splitAttributes(String list) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : list.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
