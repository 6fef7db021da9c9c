/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/** Recording and preloading in a real Felix framework, with bundles made by the test. */
class ClassPreloadTest {
    private static final String SAMPLE = PreloadSample.class.getName();

    @TempDir
    Path dir;
    private Framework framework;
    private BundleContext context;

    @BeforeEach
    void startFramework() throws Exception {
        framework = new FrameworkFactory().newFramework(Map.of("org.osgi.framework.storage",
                dir.resolve("storage").toString(), "org.osgi.framework.storage.clean", "onFirstInit"));
        framework.start();
        context = framework.getBundleContext();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void theClassesBundlesDefineAreRecordedAndWritten() throws Exception {
        ClassPreload.Recorder recorder = new ClassPreload.Recorder(context);
        Bundle bundle = install("fixture.eager", false);
        bundle.loadClass(SAMPLE);
        recorder.write(dir);

        assertThat(ClassPreload.read(dir)).hasValueSatisfying(list -> assertThat(list)
                .containsExactly(new ClassPreload.Entry("fixture.eager", SAMPLE)));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(ClassPreload.FILE, "storage", "fixture.eager.jar");
        }
        install("fixture.later", false).loadClass(SAMPLE);
        recorder.write(dir);
        assertThat(ClassPreload.read(dir).orElseThrow()).as("a later list replaces the earlier one")
                .containsExactly(new ClassPreload.Entry("fixture.eager", SAMPLE),
                        new ClassPreload.Entry("fixture.later", SAMPLE));
        recorder.close();
        install("fixture.closed", false).loadClass(SAMPLE);
        recorder.write(dir);
        assertThat(ClassPreload.read(dir).orElseThrow()).as("nothing recorded once closed").hasSize(2);
    }

    @Test
    void preloadingDefinesTheListedClassesOfBundlesThatDoNotActivateLazily() throws Exception {
        Bundle eager = install("fixture.eager", false);
        Bundle lazy = install("fixture.lazy", false);
        Bundle lazyPolicy = install("fixture.lazy.policy", true);
        lazyPolicy.start(Bundle.START_ACTIVATION_POLICY);
        List<String> defined = Collections.synchronizedList(new ArrayList<>());
        context.registerService(WeavingHook.class,
                woven -> defined.add(woven.getBundleWiring().getBundle().getSymbolicName()), null);
        Files.writeString(dir.resolve(ClassPreload.FILE), String.join("\n",
                "fixture.eager " + SAMPLE,
                "fixture.lazy.policy " + SAMPLE,
                "fixture.gone " + SAMPLE,
                "fixture.eager io.gigatile.launcher.NoSuchClass",
                "a line without a class",
                "fixture.lazy " + SAMPLE) + "\n");

        int loaded = ClassPreload.load(context, ClassPreload.read(dir).orElseThrow());

        assertThat(loaded).isEqualTo(2);
        assertThat(defined).containsExactly("fixture.eager", "fixture.lazy");
        assertThat(lazyPolicy.getState()).as("a lazy bundle is not started by preloading")
                .isEqualTo(Bundle.STARTING);
        assertThat(eager.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(lazy.getState()).isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void noListIsNoPreload() {
        assertThat(ClassPreload.read(dir)).isEmpty();
    }

    /** A bundle holding its own copy of {@link PreloadSample}, resolved. */
    private Bundle install(String name, boolean lazy) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        if (lazy) {
            main.putValue("Bundle-ActivationPolicy", "lazy");
        }
        Path jar = dir.resolve(name + ".jar");
        String entry = SAMPLE.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = classBytes(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        Bundle bundle = context.installBundle(jar.toUri().toString());
        framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
        return bundle;
    }

    private static InputStream classBytes(String entry) throws IOException {
        InputStream in = ClassPreloadTest.class.getClassLoader().getResourceAsStream(entry);
        if (in == null) {
            throw new IOException("no " + entry + " on the test class path");
        }
        return in;
    }
}
