/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * iipsrv's VERBOSITY and LOGFILE as a Pax Logging (log4j2) configuration: 0 logs errors only, 1 (iipsrv's
 * default) Gigatile's information and everyone else's warnings, 2 and more Gigatile's debugging lines and, as
 * iipsrv does from 2 on, one access line per request (logger {@code io.gigatile.access}, at INFO). LOGFILE writes
 * to a file instead of the console.
 */
final class LoggingSettings {
    static final String PID = "org.ops4j.pax.logging";

    private LoggingSettings() {
    }

    static Map<String, Object> from(Map<String, String> environment) {
        int verbosity = 1;
        String v = environment.get("VERBOSITY");
        if (v != null) {
            try {
                verbosity = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                verbosity = 1;
            }
        }
        String ours = verbosity <= 0 ? "ERROR" : verbosity == 1 ? "INFO" : "DEBUG";
        String others = verbosity <= 0 ? "ERROR" : verbosity >= 5 ? "INFO" : "WARN";
        String file = environment.getOrDefault("LOGFILE", "").strip();
        boolean toFile = !file.isEmpty() && !file.equals("syslog");
        String appender = toFile ? "file" : "console";

        Map<String, Object> p = new LinkedHashMap<>();
        // log4j2's own status lines (configuration started, stopped...) are noise to an operator
        p.put("log4j2.status", "WARN");
        p.put("log4j2.rootLogger.level", others);
        p.put("log4j2.rootLogger.appenderRef.out.ref", appender);
        p.put("log4j2.logger.gigatile.name", "io.gigatile");
        p.put("log4j2.logger.gigatile.level", ours);
        // its own logger, so that operators can route it elsewhere; below 2 it stays silent even where ours is INFO
        p.put("log4j2.logger.access.name", "io.gigatile.access");
        p.put("log4j2.logger.access.level", verbosity >= 2 ? "INFO" : "WARN");
        String pattern = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c{1} - %msg%n";
        if (toFile) {
            p.put("log4j2.appender.file.type", "File");
            p.put("log4j2.appender.file.name", "file");
            p.put("log4j2.appender.file.fileName", file);
            p.put("log4j2.appender.file.layout.type", "PatternLayout");
            p.put("log4j2.appender.file.layout.pattern", pattern);
        } else {
            p.put("log4j2.appender.console.type", "Console");
            p.put("log4j2.appender.console.name", "console");
            p.put("log4j2.appender.console.layout.type", "PatternLayout");
            p.put("log4j2.appender.console.layout.pattern", pattern);
        }
        return p;
    }
}
