/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the image processing that a query's IIP commands ask for, so that the http bundle can hand the commands
 * iipsrv's URL puts before {@code IIIF=}, {@code DeepZoom=} or {@code Zoomify=} to those protocols as an
 * {@link ImageProcessing}. The IIP protocol provides it, on the same object as its {@link Protocol} service: without
 * the IIP bundle, such commands are not understood and are ignored.
 *
 * @since 2.8
 */
@ConsumerType
public interface ProcessingReader {
    /**
     * @param query IIP commands, percent-encoded and separated by {@code &}, as they appear in the query
     * @return the processing they ask for; commands that are not processing or quality are ignored
     * @throws BadRequestException if a processing command is malformed
     */
    ImageProcessing read(String query);
}
