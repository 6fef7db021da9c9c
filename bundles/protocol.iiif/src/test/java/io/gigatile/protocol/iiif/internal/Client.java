/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import io.gigatile.api.ImageInfo;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A protocol on a recording engine, and requests to it as the http bundle would hand them over. */
final class Client {
    static final String ID = "dir/x.tif";
    static final String BASE = "http://h:8080/iiif";

    final RecordingImageService engine;
    final IiifProtocol protocol;

    Client(ImageInfo info, ServiceLimits limits, Set<String> formats, int version, String baseUrl,
            String copyright, String extraInfo, long maxArea) {
        this.engine = new RecordingImageService(ID, info, limits, formats);
        this.protocol = new IiifProtocol(engine,
                IiifSettings.of(version, baseUrl, copyright, extraInfo, maxArea, "", false));
    }

    Client(ImageInfo info, IiifSettings settings) {
        this.engine = new RecordingImageService(ID, info, new ServiceLimits(5000, true), Set.of("jpg", "png"));
        this.protocol = new IiifProtocol(engine, settings);
    }

    /** The fixture pyramid, MAX_CVT 5000 with upscaling, jpg and png, version 3, nothing else configured. */
    static Client standard() {
        return new Client(Images.rgb1000x700(), new ServiceLimits(5000, true), Set.of("jpg", "png"), 3, "", "", "",
                -1);
    }

    static Client of(ImageInfo info) {
        return new Client(info, new ServiceLimits(5000, true), Set.of("jpg", "png"), 3, "", "", "", -1);
    }

    ProtocolResponse get(String path, String... headers) {
        return getAt(BASE, path, headers);
    }

    /** A request that reached the protocol through another mount, such as iipsrv's own URL. */
    ProtocolResponse getAt(String base, String path, String... headers) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        return protocol.handle(new ProtocolRequest("GET", path, "", map, base));
    }

    /** @return the info.json of the image in that version, parsed */
    @SuppressWarnings("unchecked")
    Map<String, Object> info(int version) {
        ProtocolResponse r = get("/" + version + "/dir%2Fx.tif/info.json");
        return (Map<String, Object>) JsonReader.parse(new String(r.body(), StandardCharsets.UTF_8));
    }
}
