/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Gigatile cache purge",
        description = "DELETE /admin/cache empties every cache; DELETE /admin/cache?id=<identifier> forgets one image.")
@interface PurgeConfig {

    /** The PID. */
    String PID = "io.gigatile.http.purge";

    @AttributeDefinition(name = "Who may purge", description = "loopback: requests from this machine only (the"
            + " default); any: every client (put the server behind something that authenticates first); none:"
            + " nobody, the endpoint answers 404.", options = {@Option(value = "loopback"), @Option(value = "any"),
                @Option(value = "none")})
    String access() default "loopback";
}
