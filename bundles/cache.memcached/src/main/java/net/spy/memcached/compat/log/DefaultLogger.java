/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package net.spy.memcached.compat.log;

/**
 * Replaces spymemcached's own DefaultLogger in the copy embedded in this bundle (bnd.bnd leaves the original out;
 * in unit tests this class comes first on the class path). spymemcached picks its logger from the JVM-wide system
 * property {@code net.spy.log.LoggerImpl} and falls back to this class, whose original prints INFO and above to
 * {@code System.err}. Being the fallback, this one sends spymemcached's lines to SLF4J, under spymemcached's class
 * names, without touching global state. A property set by someone else still wins.
 */
public class DefaultLogger extends SLF4JLogger {

    /** @param name the logger's name, a spymemcached class name */
    public DefaultLogger(String name) {
        super(name);
    }
}
