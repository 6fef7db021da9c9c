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
 * Names a {@link io.gigatile.api.Protocol} service: {@code gigatile.protocol}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ProtocolName {
    /** Prefix of the service property. */
    String PREFIX_ = "gigatile.";

    /** Service property naming the protocol, as in {@link #protocol()}. */
    String PROTOCOL = "gigatile.protocol";

    /**
     * @return the protocol's name in lower case ({@code iip}, {@code iiif}, {@code zoomify}, {@code deepzoom});
     *         it is also the clean URL mount and, case-insensitively, iipsrv's query key
     */
    String protocol();
}
