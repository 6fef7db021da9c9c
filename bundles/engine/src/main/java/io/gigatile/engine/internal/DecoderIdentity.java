/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.engine.internal;

import io.gigatile.api.ImageDecoder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What names a decoder the same way on every server of a deployment: its bundle's symbolic name and version (a
 * service id or bundle id would differ from one server to the next). Renderings carry it, so that what a decoder
 * made is not served once that decoder is gone, on this server or on any other sharing the caches.
 */
final class DecoderIdentity {
    /** Between an image's version and the decoder in a rendering's version: no store writes it in a version. */
    static final char SEPARATOR = '\u001f';

    private DecoderIdentity() {
    }

    /**
     * @param decoder a decoder
     * @return its bundle's symbolic name and version, or its class name outside a framework (unit tests)
     */
    static String of(ImageDecoder decoder) {
        Bundle bundle = FrameworkUtil.getBundle(decoder.getClass());
        return bundle == null ? decoder.getClass().getName() : bundle.getSymbolicName() + "/" + bundle.getVersion();
    }

    /**
     * @param imageVersion the stored image's version
     * @param decoder the identity of the decoder that read it
     * @return the version a rendering made from them carries
     */
    static String rendering(String imageVersion, String decoder) {
        return imageVersion + SEPARATOR + decoder;
    }
}
