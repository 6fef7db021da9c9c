/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import jj2000.j2k.util.MsgLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jj2000's messages, at debug level: its warnings are about the file being decoded ("codestream truncated"), which
 * the request's own failure reports; at any higher level a damaged file requested often would flood the log.
 */
enum Jj2000Log implements MsgLogger {
    INSTANCE;

    private static final Logger LOG = LoggerFactory.getLogger("io.gigatile.decoder.jpeg2000.jj2000");

    @Override
    public void printmsg(int severity, String message) {
        LOG.debug("jj2000 {}: {}", severity == ERROR ? "error" : severity == WARNING ? "warning" : "info", message);
    }

    @Override
    public void println(String text, int firstIndent, int indent) {
        LOG.debug("jj2000: {}", text);
    }

    @Override
    public void flush() {
        // nothing is buffered
    }
}
