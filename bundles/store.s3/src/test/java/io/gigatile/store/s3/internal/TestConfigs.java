/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.store.s3.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Configurations as Declarative Services would hand them over: given values, else the annotation's defaults. */
final class TestConfigs {
    private TestConfigs() {
    }

    /**
     * @param values property values by method name ({@code gigatile_store_prefix}, not the dotted name)
     * @return the configuration
     */
    static S3StoreConfig s3(Map<String, Object> values) {
        Map<String, Object> copy = new HashMap<>(values);
        return (S3StoreConfig) Proxy.newProxyInstance(S3StoreConfig.class.getClassLoader(),
                new Class<?>[] {S3StoreConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "annotationType":
                            return S3StoreConfig.class;
                        case "toString":
                            return "S3StoreConfig" + copy;
                        case "hashCode":
                            return copy.hashCode();
                        case "equals":
                            return proxy == args[0];
                        default:
                            return copy.containsKey(method.getName()) ? copy.get(method.getName())
                                    : method.getDefaultValue();
                    }
                });
    }

    /**
     * @param server an s3proxy
     * @param bucket the bucket
     * @param more further values, overriding
     * @return a configuration for the bucket on the server, with the server's keys, metadata believed for no time
     */
    static S3StoreConfig s3(S3ProxyProcess server, String bucket, Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>(Map.of("endpoint", server.endpoint(), "bucket", bucket,
                "accessKey", S3ProxyProcess.IDENTITY, "_secretKey", S3ProxyProcess.CREDENTIAL, "metadataTtl", 0));
        values.putAll(more);
        return s3(values);
    }
}
