/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import java.util.List;
import java.util.Objects;

/**
 * One transform a request asks for, by the name of a {@link Transform} service, with its arguments.
 *
 * @param name the {@code gigatile.transform} name
 * @param arguments the arguments as text, in order
 * @since 1.0
 */
public record TransformStep(String name, List<String> arguments) {

    /** Copies the arguments. */
    public TransformStep {
        Objects.requireNonNull(name);
        arguments = List.copyOf(arguments);
    }
}
