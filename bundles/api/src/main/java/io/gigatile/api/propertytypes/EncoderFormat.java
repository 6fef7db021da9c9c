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
 * Describes an {@link io.gigatile.api.Encoder} service: {@code gigatile.encoder.format} and
 * {@code gigatile.encoder.mediatype}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EncoderFormat {
    /** Prefix of the service properties. */
    String PREFIX_ = "gigatile.encoder.";

    /** Service property naming the output format, as in {@link #format()}. */
    String FORMAT = "gigatile.encoder.format";

    /** Service property with the media type, as in {@link #mediatype()}. */
    String MEDIATYPE = "gigatile.encoder.mediatype";

    /** @return the format's name as requests spell it, such as {@code jpg} */
    String format();

    /** @return the media type of the output, such as {@code image/jpeg} */
    String mediatype();
}
