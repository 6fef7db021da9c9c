/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's own client), so that a
 * test can load a page, run script in it (to read what it shows, to click) and take screenshots. Answers are read
 * with a few patterns rather than a JSON library: the tests ask only for strings and for screenshots.
 */
final class Chromium implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending;

    private Chromium(Process process, WebSocket socket, Map<Integer, CompletableFuture<String>> pending) {
        this.process = process;
        this.socket = socket;
        this.pending = pending;
    }

    /** The one listener of the page's socket: collects a message's parts and completes the command it answers. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private final Map<Integer, CompletableFuture<String>> pending;

        Listener(Map<Integer, CompletableFuture<String>> pending) {
            this.pending = pending;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+),").matcher(text);
                if (id.find()) {
                    CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
                    if (answer != null) {
                        answer.complete(text);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /**
     * @param chromium the browser's executable
     * @param width the window's width
     * @param height the window's height
     * @return the browser, showing an empty page
     */
    static Chromium start(Path chromium, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("gigatile-chromium");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank").redirectErrorStream(true).start();
        try {
            String port = port(process).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            HttpClient client = HttpClient.newHttpClient();
            String targets = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = PAGE_SOCKET.matcher(targets);
            if (!page.find()) {
                throw new AssertionError("Chromium shows no page: " + targets);
            }
            Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
            WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(page.group(1)),
                    new Listener(pending)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new Chromium(process, socket, pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted starting Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not start its DevTools endpoint", e);
        }
    }

    /** Reads the browser's output on a thread of its own: the DevTools port, then everything else, unread. */
    private static CompletableFuture<String> port(Process process) {
        CompletableFuture<String> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(m.group(1));
                    }
                }
                port.completeExceptionally(new IOException("Chromium exited"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        return port;
    }

    /**
     * @param url the address to load
     */
    void navigate(String url) {
        call("Page.navigate", "{\"url\":" + quote(url) + "}");
    }

    /**
     * Waits, in the page, until a condition holds, and then evaluates an expression; through loads of new pages
     * (a click on a link) as well, since the condition is asked again in the new page.
     *
     * @param condition a script expression, true when the page is ready
     * @param value a script expression, evaluated then and turned into a string
     * @return the value
     */
    String await(String condition, String value) {
        String script = "new Promise(function (done) { (function check() { var ok = false; try { ok = (" + condition
                + "); } catch (e) { ok = false; } if (ok) { done(String(" + value + ")); } else { setTimeout(check, 100);"
                + " } })(); })";
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String answer = call("Runtime.evaluate", "{\"expression\":" + quote(script)
                    + ",\"returnByValue\":true,\"awaitPromise\":true}");
            Matcher m = Pattern.compile("\"result\":\\{\"type\":\"string\",\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(answer);
            if (m.find()) {
                return unquote(m.group(1));
            }
            // the page this ran in was replaced by the next one before the condition held: ask the new one
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition + ": " + shorten(answer));
            }
        }
    }

    /**
     * @param script a script statement run in the page, such as a click
     */
    void run(String script) {
        String answer = call("Runtime.evaluate", "{\"expression\":" + quote(script) + "}");
        if (answer.contains("\"exceptionDetails\"") || answer.contains("\"error\"")) {
            throw new AssertionError("script failed: " + shorten(answer));
        }
    }

    /**
     * @return the part of the page at these CSS pixels, as the screen shows it
     */
    BufferedImage screenshot(int x, int y, int width, int height) {
        String answer = call("Page.captureScreenshot", "{\"format\":\"png\",\"clip\":{\"x\":" + x + ",\"y\":" + y
                + ",\"width\":" + width + ",\"height\":" + height + ",\"scale\":1}}");
        Matcher m = Pattern.compile("\"data\":\"([A-Za-z0-9+/=]+)\"").matcher(answer);
        if (!m.find()) {
            throw new AssertionError("no screenshot: " + shorten(answer));
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String call(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
        try {
            return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Chromium did not answer " + method, e);
        } finally {
            pending.remove(id);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String unquote(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
