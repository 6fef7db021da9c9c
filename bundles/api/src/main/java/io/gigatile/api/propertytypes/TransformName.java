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
 * Names a {@link io.gigatile.api.Transform} service: {@code gigatile.transform}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TransformName {
    /** Prefix of the service property. */
    String PREFIX_ = "gigatile.";

    /** Service property naming the transform, as in {@link #transform()}. */
    String TRANSFORM = "gigatile.transform";

    /** @return the transform's name, such as {@code contrast} */
    String transform();
}
