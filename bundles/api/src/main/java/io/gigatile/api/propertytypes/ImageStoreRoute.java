/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Routes identifiers to an {@link io.gigatile.api.ImageStore} service: {@code gigatile.store.prefix}. The engine
 * gives an identifier to the store with the longest prefix it starts with (the highest-ranked one among equals)
 * and strips that prefix first, so {@code s3:maps/a.tif} reaches a store routed by {@code s3:} as
 * {@code maps/a.tif}. A store without the property, or with an empty prefix, takes what no other store takes.
 * Stores configured by factory configurations set it from their configuration.
 *
 * @since 1.1
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImageStoreRoute {
    /** Prefix of the service properties. */
    String PREFIX_ = "gigatile.store.";

    /** Service property holding the identifier prefix, as in {@link #prefix()}. */
    String PREFIX = "gigatile.store.prefix";

    /** @return the identifier prefix the store answers to; empty for the default store */
    String prefix() default "";
}
