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
 * Describes an {@link io.gigatile.api.ImageDecoder} service: {@code gigatile.decoder.format},
 * {@code gigatile.decoder.suffixes}, {@code gigatile.decoder.signatures}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImageDecoderFormat {
    /** Prefix of the service properties. */
    String PREFIX_ = "gigatile.decoder.";

    /** Service property naming the format, as in {@link #format()}. */
    String FORMAT = "gigatile.decoder.format";

    /** Service property listing file suffixes, as in {@link #suffixes()}. */
    String SUFFIXES = "gigatile.decoder.suffixes";

    /** Service property listing magic byte signatures, as in {@link #signatures()}. */
    String SIGNATURES = "gigatile.decoder.signatures";

    /** @return the format's short name, such as {@code tiff} */
    String format();

    /** @return file name suffixes in lower case, without the dot */
    String[] suffixes() default {};

    /** @return magic bytes at the start of the file, in hexadecimal, such as {@code 49492A00} */
    String[] signatures() default {};
}
