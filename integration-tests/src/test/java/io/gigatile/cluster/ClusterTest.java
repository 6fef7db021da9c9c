/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented deployment of several machines, on loopback: two Gigatile servers (the real distribution, each
 * in its own JVM) behind Debian's nginx, sharing two memcached servers and one S3 bucket (s3proxy). A tile one
 * server rendered is a memcached hit on the other; losing a memcached server or a Gigatile server loses no request
 * that nginx retries; a replaced image is served anew by every node within the revalidation interval.
 */
class ClusterTest {
    private static final String IMAGE = "s3:shared.tif";
    private static final String IDENTITY = "cluster";
    private static final String CREDENTIAL = "cluster-secret";
    private static final AtomicInteger UNIQUE = new AtomicInteger(40);

    static Path work;
    static Path bucket;
    static LocalProcess s3;
    static LocalProcess memcachedOne;
    static LocalProcess memcachedTwo;
    static LocalProcess serverA;
    static LocalProcess serverB;
    static LocalProcess nginx;

    @BeforeAll
    static void deploy() throws IOException {
        work = Files.createTempDirectory("gigatile-cluster");
        bucket = Files.createDirectories(work.resolve("s3/buckets/images"));
        Files.copy(fixture("tif-rgb-deflate-1000x700-tile256-pyramid.tif"), bucket.resolve("shared.tif"));
        s3 = s3proxy().start();
        memcachedOne = Memcached.server(work.resolve("mc1"), "memcached").start();
        memcachedTwo = Memcached.server(work.resolve("mc2"), "memcached").start();
        serverA = gigatile("a").start();
        serverB = gigatile("b").start();
        nginx = nginx().start();
        for (LocalProcess server : List.of(serverA, serverB)) {
            awaitServing(server);
        }
    }

    @AfterAll
    static void undeploy() {
        for (LocalProcess p : new LocalProcess[] {nginx, serverA, serverB, memcachedOne, memcachedTwo, s3}) {
            if (p != null) {
                p.close();
            }
        }
    }

    private static Path fixture(String name) {
        return Path.of(System.getProperty("gigatile.fixtures")).resolve(name);
    }

    private static LocalProcess s3proxy() throws IOException {
        int port = LocalProcess.freePort();
        Path properties = work.resolve("s3/s3proxy.properties");
        Files.write(properties, List.of("s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL, "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + work.resolve("s3/buckets")));
        return new LocalProcess("s3proxy", work.resolve("s3"), port, List.of(LocalProcess.java(), "-Xmx192m",
                "-jar", System.getProperty("s3proxy.jar"), "--properties", properties.toString()));
    }

    /** One node: the S3 store and the engine through its deploy folder, memcached through iipsrv's variable. */
    private static LocalProcess gigatile(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Files.write(deploy.resolve("io.gigatile.store.s3-shared.cfg"), List.of(
                "endpoint = http://127.0.0.1:" + s3.port, "bucket = images", "accessKey = " + IDENTITY,
                ".secretKey = " + CREDENTIAL, "gigatile.store.prefix = s3:", "metadataTtl = 1"));
        Files.write(deploy.resolve("io.gigatile.engine.cfg"), List.of("revalidateAfter = 1"));
        int port = LocalProcess.freePort();
        return new LocalProcess("gigatile", dir, port, List.of(LocalProcess.java(), "-Xmx256m", "-jar",
                System.getProperty("gigatile.jar"), "--bind", "127.0.0.1:" + port),
                Map.of("MEMCACHED_SERVERS", "127.0.0.1:" + memcachedOne.port + ",127.0.0.1:" + memcachedTwo.port));
    }

    /** nginx retries a request on the other node when one cannot be reached or answers 502/503. */
    private static LocalProcess nginx() throws IOException {
        Path dir = Files.createDirectories(work.resolve("nginx/logs"));
        int port = LocalProcess.freePort();
        Path conf = work.resolve("nginx/nginx.conf");
        Files.writeString(conf, String.join("\n", "daemon off;", "user root;", "worker_processes 1;",
                "pid " + dir.resolve("nginx.pid") + ";", "error_log " + dir.resolve("error.log") + ";",
                "events { worker_connections 256; }", "http {", "  access_log off;",
                "  upstream gigatile {",
                "    server 127.0.0.1:" + serverA.port + " max_fails=1 fail_timeout=30s;",
                "    server 127.0.0.1:" + serverB.port + " max_fails=1 fail_timeout=30s;",
                "  }",
                "  server {", "    listen 127.0.0.1:" + port + ";", "    location / {",
                "      proxy_pass http://gigatile;", "      proxy_next_upstream error timeout http_502 http_503;",
                "    }", "  }", "}", ""));
        return new LocalProcess("nginx", work.resolve("nginx"), port,
                List.of("nginx", "-p", work.resolve("nginx").toString(), "-c", conf.toString()));
    }

    private static HttpResponse<byte[]> get(LocalProcess server, String path) {
        return server.get(path);
    }

    /** FileInstall applies the deploy folder a moment after the server listens. */
    private static void awaitServing(LocalProcess server) {
        try {
            await("the S3 store of a node", Duration.ofSeconds(60),
                    () -> get(server, "/iiif/3/" + IMAGE + "/info.json").statusCode() == 200);
        } catch (AssertionError e) {
            HttpResponse<byte[]> last = get(server, "/iiif/3/" + IMAGE + "/info.json");
            throw new AssertionError(e.getMessage() + "; last answer " + last.statusCode() + " "
                    + new String(last.body(), java.nio.charset.StandardCharsets.UTF_8) + "\nnode's console:\n"
                    + server.log(), e);
        }
    }

    /** Polls with a bounded deadline; each poll is a request, so no fixed sleep is needed. */
    private static void await(String what, Duration limit, BooleanSupplier condition) {
        LocalProcess.await(what, limit, condition);
    }

    /** A request no cache has seen: a new width each time. */
    private static String fresh() {
        return "/iiif/3/" + IMAGE + "/full/" + UNIQUE.getAndIncrement() + ",/0/default.jpg";
    }

    /**
     * Retried with new tiles for a while: a node that lost a memcached server in another test bypasses memcached
     * for some seconds, and a rendering reaches memcached asynchronously.
     */
    @Test
    void aTileOneServerRenderedIsAMemcachedHitOnTheOther() {
        await("a tile rendered by one node to be a memcached hit on the other", Duration.ofSeconds(30), () -> {
            String path = "/iiif/3/" + IMAGE + "/256,256,256,256/" + UNIQUE.getAndIncrement() + ",/0/default.jpg";
            HttpResponse<byte[]> fromA = get(serverA, path);
            assertThat(fromA.statusCode()).isEqualTo(200);
            long hitsBefore = Memcached.hits(memcachedOne) + Memcached.hits(memcachedTwo);
            HttpResponse<byte[]> fromB = get(serverB, path);
            assertThat(fromB.body()).isEqualTo(fromA.body());
            return Memcached.hits(memcachedOne) + Memcached.hits(memcachedTwo) == hitsBefore + 1;
        });
    }

    /** An image no node has opened: its description comes from memcached on the second node. */
    @Test
    void anImageDescribedByOneServerIsAMemcachedHitOnTheOther() {
        await("a description made by one node to be a memcached hit on the other", Duration.ofSeconds(30), () -> {
            String name = "described-" + UNIQUE.getAndIncrement() + ".tif";
            try {
                Files.copy(fixture("tif-rgb-jpeg-q90-1000x700-tile256-pyramid.tif"), bucket.resolve(name));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String info = "/iiif/3/s3:" + name + "/info.json";
            HttpResponse<byte[]> fromA = get(serverA, info);
            assertThat(fromA.statusCode()).isEqualTo(200);
            long hitsBefore = Memcached.hits(memcachedOne) + Memcached.hits(memcachedTwo);
            HttpResponse<byte[]> fromB = get(serverB, info);
            // the ids differ (each node names itself), the image's description does not
            assertThat(new String(fromB.body(), StandardCharsets.UTF_8)).contains("\"width\": 1000");
            return Memcached.hits(memcachedOne) + Memcached.hits(memcachedTwo) > hitsBefore;
        });
    }

    @Test
    void losingAMemcachedServerLosesNoRequest() {
        memcachedTwo.kill();
        try {
            for (int i = 0; i < 30; i++) {
                String path = fresh();
                assertThat(get(nginx, path).statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            memcachedTwo.start();
        }
    }

    @Test
    void losingAGigatileServerLosesNoRequestNginxRetries() throws IOException {
        // FileInstall used to write each applied configuration back into its file: a kill during that write emptied
        // the file, and the node came back without its S3 store
        Path cfg = work.resolve("a/deploy/io.gigatile.store.s3-shared.cfg");
        List<String> settings = Files.readAllLines(cfg);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(cfg);
        serverA.kill();
        try {
            for (int i = 0; i < 30; i++) {
                String path = fresh();
                assertThat(get(nginx, path).statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            serverA.start();
            awaitServing(serverA);
        }
        assertThat(Files.readAllLines(cfg)).as("the node's settings file").isEqualTo(settings);
        assertThat(Files.getLastModifiedTime(cfg)).as("the settings file is only read").isEqualTo(written);
    }

    @Test
    void aReplacedImageIsServedAnewByEveryNode() throws IOException {
        String tile = "/iiif/3/" + IMAGE + "/0,0,256,256/256,/0/default.png";
        byte[] old = get(serverA, tile).body();
        assertThat(get(serverB, tile).body()).isEqualTo(old);

        Path image = bucket.resolve("shared.tif");
        Files.copy(fixture("tif-grey-deflate-1000x700-tile256-pyramid.tif"), image,
                StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(image, FileTime.from(Instant.now().plusSeconds(10)));
        Instant replaced = Instant.now();

        for (LocalProcess node : List.of(serverA, serverB)) {
            await("a node to serve the new image", Duration.ofSeconds(15),
                    () -> !Arrays.equals(get(node, tile).body(), old));
        }
        assertThat(Duration.between(replaced, Instant.now())).as("revalidation 1 s + metadata 1 s + slack")
                .isLessThan(Duration.ofSeconds(6));
        for (int i = 0; i < 10; i++) {
            for (LocalProcess node : List.of(serverA, serverB, nginx)) {
                assertThat(get(node, tile).body()).as("never the old image again").isNotEqualTo(old);
            }
        }
    }
}
