/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import java.io.IOException;
import java.io.OutputStream;

/** What the metrics servlet asks of the component that owns the registry; internal to this bundle. */
public interface MetricsScrape {

    /** @return the media type of what {@link #write} writes */
    String contentType();

    /**
     * Collects every metric now and writes them in Prometheus text format.
     *
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
}
