/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import io.gigatile.api.ops.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server has and whether it can serve. Unhealthy when any of these holds: the engine is absent; there is no
 * image store, no decoder, no encoder or no protocol; a store or a cache says that what it depends on does not
 * answer; a required bundle is not active. Everything else (an optional bundle stopped, no cache at all) is
 * reported without failing the check. Holds only names and states: no paths, hosts or configuration values.
 *
 * @param engine whether the engine's image service is registered
 * @param bundles every bundle, with its state
 * @param decoders the decoders' formats and suffixes
 * @param encoders the encoders' formats and media types
 * @param protocols the protocols' names
 * @param stores the image stores, probed
 * @param caches the response caches, probed
 */
record HealthReport(boolean engine, List<BundleState> bundles, List<Map<String, Object>> decoders,
        List<Map<String, Object>> encoders, List<String> protocols, List<Checked> stores, List<Checked> caches) {

    /**
     * @param name the bundle's symbolic name
     * @param state ACTIVE, STARTING, RESOLVED or INSTALLED
     * @param required whether the server is unhealthy without it active
     */
    record BundleState(String name, String state, boolean required) {
        boolean active() {
            return state.equals("ACTIVE") || state.equals("STARTING");
        }
    }

    /**
     * @param name the service's name ({@link ServiceName})
     * @param properties what else the report says of it (a store's route prefix)
     * @param result its probe's answer, reachable for a service that is no probe
     */
    record Checked(String name, Map<String, Object> properties, Probe.Result result) {
    }

    /** @return why the server is unhealthy; empty when it is healthy */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!engine) {
            problems.add("no engine");
        }
        if (stores.isEmpty()) {
            problems.add("no image store");
        }
        if (decoders.isEmpty()) {
            problems.add("no decoder");
        }
        if (encoders.isEmpty()) {
            problems.add("no encoder");
        }
        if (protocols.isEmpty()) {
            problems.add("no protocol");
        }
        stores.stream().filter(s -> !s.result().reachable())
                .forEach(s -> problems.add("store " + s.name() + ": " + s.result().detail()));
        caches.stream().filter(c -> !c.result().reachable())
                .forEach(c -> problems.add("cache " + c.name() + ": " + c.result().detail()));
        bundles.stream().filter(b -> b.required() && !b.active())
                .forEach(b -> problems.add("bundle " + b.name() + " is " + b.state()));
        return problems;
    }

    /** @return the report as the JSON object /health sends */
    Map<String, Object> toMap() {
        List<String> problems = problems();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", problems.isEmpty() ? "UP" : "DOWN");
        out.put("problems", problems);
        out.put("engine", engine);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("active", bundles.stream().filter(BundleState::active).map(BundleState::name).toList());
        b.put("inactive", bundles.stream().filter(s -> !s.active()).map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("state", s.state());
            m.put("required", s.required());
            return m;
        }).toList());
        out.put("bundles", b);
        out.put("decoders", decoders);
        out.put("encoders", encoders);
        out.put("protocols", protocols);
        out.put("stores", stores.stream().map(HealthReport::checked).toList());
        out.put("caches", caches.stream().map(HealthReport::checked).toList());
        return out;
    }

    private static Map<String, Object> checked(Checked c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.putAll(c.properties());
        m.put("reachable", c.result().reachable());
        m.put("detail", c.result().detail());
        return m;
    }
}
