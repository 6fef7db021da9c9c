/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.ops.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The health check's settings. */
@ObjectClassDefinition(name = "Gigatile health", description = "What /health requires of the server.")
public @interface HealthConfig {

    /** The configuration's PID. */
    String PID = "io.gigatile.ops.health";

    @AttributeDefinition(name = "Required bundles", description = "Symbolic names of the bundles that must be "
            + "active (a trailing * matches any ending); any other bundle that is not active is listed, but does not "
            + "make the server unhealthy.")
    String[] requiredBundles() default {"io.gigatile.*"};
}
