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
 * Marks a {@link io.gigatile.api.Transform} that the engine applies to every rendered image, without arguments,
 * whether a request names it or not (a watermark): {@code gigatile.transform.always=true}. Stored tiles are then
 * never passed through. Register such a transform only while it has something to do (a required configuration),
 * since its presence alone changes every response; the engine drops its cached responses when one comes or goes.
 *
 * @since 1.2
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TransformAlways {
    /** Prefix of the service property. */
    String PREFIX_ = "gigatile.";
    /** Service property marking the transform. */
    String PROPERTY = "gigatile.transform.always";
}
