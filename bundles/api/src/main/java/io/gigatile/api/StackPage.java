/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.Objects;

/**
 * One page of an image stack (a multi-page file whose pages are views of one subject: the bands of a multispectral
 * capture, the layers of a scan), as iipsrv describes it: a name and the factor that scales its sample values
 * (TIFF's DocumentName and StoNits).
 *
 * @param name the page's name, empty if it has none
 * @param scale the factor that scales its values, 1 if none is given
 * @since 2.8
 */
public record StackPage(String name, double scale) {
    /** Checks the fields. */
    public StackPage {
        Objects.requireNonNull(name);
    }
}
