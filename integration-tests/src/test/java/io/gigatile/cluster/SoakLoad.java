/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The soak test's clients: threads that each keep one connection busy with a mix of every protocol, and check
 * every answer. Answers that must not change (info.json, fixed tiles and regions of each image kind) are compared
 * byte for byte with what the idle server answered first; random tiles and regions of the large image, never
 * asked twice, must come at the size asked; bad requests must stay 4xx. Anything else is a failure, kept with its
 * address.
 */
final class SoakLoad {
    /** Sides of the large image, and its tile size. */
    static final int WIDTH = 8000;
    static final int HEIGHT = 6000;
    private static final int TILE = 256;
    private static final String LARGE = "large.tif";
    private static final String IIP = "/fcgi-bin/iipsrv.fcgi?FIF=";
    private static final List<String> BAD = List.of(IIP + LARGE + "&JTL=99,0", IIP + "missing.tif&JTL=0,0",
            "/iiif/3/" + LARGE + "/0,0,0,0/max/0/default.jpg", "/iiif/3/" + LARGE + "/full/max/0/default.exe",
            "/deepzoom/" + LARGE + "_files/99/0_0.jpg", IIP + LARGE + "&RGN=a,b,c,d&CVT=jpeg",
            "/iiif/2/..%2F..%2Fetc%2Fpasswd/info.json");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Map<String, String> expected = new HashMap<>();
    private final List<String> fixed = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final LongAdder answered = new LongAdder();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    SoakLoad(int port) {
        this.port = port;
    }

    /** Asks each fixed address once, in turn, and keeps its answer as the one it must give under load. */
    void learn(List<String> images) {
        for (String image : images) {
            fixed.add("/iiif/3/" + image + "/info.json");
            fixed.add("/iiif/2/" + image + "/full/128,/0/default.jpg");
            fixed.add("/iiif/3/" + image + "/square/64,64/90/default.png");
            fixed.add(IIP + image + "&JTL=0,0");
            fixed.add(IIP + image + "&WID=200&CNT=1.5&GAM=0.8&CVT=png");
            fixed.add(IIP + image + "&OBJ=IIP,1.0&OBJ=Max-size&OBJ=Resolution-number&OBJ=Tile-size");
            fixed.add("/deepzoom/" + image + ".dzi");
            fixed.add("/zoomify/" + image + "/ImageProperties.xml");
        }
        for (int tile = 0; tile < 16; tile++) {
            fixed.add(IIP + LARGE + "&JTL=5," + tile);
        }
        for (String path : fixed) {
            HttpResponse<byte[]> answer = send(path);
            if (answer == null || answer.statusCode() != 200) {
                throw new AssertionError(path + " answered " + (answer == null ? "nothing" : answer.statusCode())
                        + " on the idle server");
            }
            expected.put(path, digest(answer.body()));
        }
    }

    /** Starts the clients; {@link #stop()} ends them. */
    List<Thread> start(int clients) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(i * 7919L);
            Thread client = new Thread(() -> {
                while (running.get()) {
                    one(random);
                }
            }, "soak-" + i);
            client.start();
            threads.add(client);
        }
        return threads;
    }

    void stop() {
        running.set(false);
    }

    long answered() {
        return answered.sum();
    }

    Map<String, Long> byKind() {
        Map<String, Long> counts = new HashMap<>();
        byKind.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void one(SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 30) {
            int level = random.nextInt(3);
            int scale = 1 << level;
            int columns = ceil(ceil(WIDTH, scale), TILE);
            int rows = ceil(ceil(HEIGHT, scale), TILE);
            int resolution = levels() - 1 - level;
            sized("tile", IIP + LARGE + "&JTL=" + resolution + "," + random.nextInt(columns * rows), -1, "image/jpeg");
        } else if (pick < 40) {
            int level = deepZoomLevels() - 1 - random.nextInt(3);
            int scale = 1 << (deepZoomLevels() - 1 - level);
            sized("deepzoom", "/deepzoom/" + LARGE + "_files/" + level + "/" + random.nextInt(ceil(ceil(WIDTH, scale),
                    TILE)) + "_" + random.nextInt(ceil(ceil(HEIGHT, scale), TILE)) + ".jpg", -1, "image/jpeg");
        } else if (pick < 45) {
            sized("zoomify", "/zoomify/" + LARGE + "/TileGroup0/0-0-0.jpg", -1, "image/jpeg");
        } else if (pick < 65) {
            int w = 256 + random.nextInt(769);
            int h = 256 + random.nextInt(769);
            // Image API 3 refuses to enlarge without ^
            int out = 64 + random.nextInt(Math.min(449, w - 63));
            sized("region", "/iiif/3/" + LARGE + "/" + random.nextInt(WIDTH - w) + "," + random.nextInt(HEIGHT - h)
                    + "," + w + "," + h + "/" + out + ",/0/default.jpg", out, "image/jpeg");
        } else if (pick < 68) {
            int out = 1000 + random.nextInt(1001);
            sized("export", IIP + LARGE + "&WID=" + out + "&CVT=jpeg", out, "image/jpeg");
        } else if (pick < 95) {
            String path = fixed.get(random.nextInt(fixed.size()));
            HttpResponse<byte[]> answer = counted("fixed", path);
            if (answer != null && check(path, answer, 200) && !expected.get(path).equals(digest(answer.body()))) {
                failures.add(path + ": a different answer under load");
            }
        } else {
            String path = BAD.get(random.nextInt(BAD.size()));
            HttpResponse<byte[]> answer = counted("bad", path);
            if (answer != null && (answer.statusCode() < 400 || answer.statusCode() >= 500)) {
                failures.add(path + ": " + answer.statusCode() + " for a bad request");
            }
        }
    }

    private void sized(String kind, String path, int width, String type) {
        HttpResponse<byte[]> answer = counted(kind, path);
        if (answer == null || !check(path, answer, 200)) {
            return;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith(type)) {
            failures.add(path + ": " + answer.headers().firstValue("Content-Type").orElse("no type"));
            return;
        }
        int actual = width(answer.body());
        if (actual <= 0 || width > 0 && actual != width) {
            failures.add(path + ": an image " + actual + " wide, " + width + " asked");
        }
    }

    private boolean check(String path, HttpResponse<byte[]> answer, int status) {
        if (answer.statusCode() != status) {
            failures.add(path + ": " + answer.statusCode() + " " + new String(answer.body(), 0,
                    Math.min(200, answer.body().length), java.nio.charset.StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    private HttpResponse<byte[]> counted(String kind, String path) {
        HttpResponse<byte[]> answer = send(path);
        if (answer != null) {
            answered.increment();
            byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
        return answer;
    }

    private HttpResponse<byte[]> send(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            failures.add(path + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Reads only the image's header: the clients share the machine with the server. */
    private static int width(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getWidth(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return Arrays.toString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** IIP's resolutions: halved until the whole image fits one tile. */
    private static int levels() {
        int levels = 1;
        for (int w = WIDTH, h = HEIGHT; w > TILE || h > TILE; w = ceil(w, 2), h = ceil(h, 2)) {
            levels++;
        }
        return levels;
    }

    /** DeepZoom's levels: down to one pixel. */
    private static int deepZoomLevels() {
        return 32 - Integer.numberOfLeadingZeros(Math.max(WIDTH, HEIGHT) - 1) + 1;
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
