/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.api;

import static io.gigatile.api.ImageSourceContract.like;
import static io.gigatile.api.ImageSourceContract.samplesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.propertytypes.TransformStage;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Transform} keeps, whatever it computes. A transform's test extends this class once
 * with the transform, its name and stage, and arguments and an input that make it do something; the tests here
 * check that:
 *
 * <ul>
 * <li>the input's samples are not modified, and a new raster does not share the input's array;</li>
 * <li>the output has the input's width and height (see {@link #outputSize(Raster)} for transforms that change
 * them);</li>
 * <li>at a stage between {@link TransformStage#NORMALISE} and {@link TransformStage#CONTRAST} the input and the
 * output are floating point, and integer rasters are refused with an {@link UnsupportedFormatException} whose
 * {@link UnsupportedFormatException#isFeature() isFeature()} is true; from {@code CONTRAST} on the output is
 * 8-bit unsigned;</li>
 * <li>calls from 8 threads at once, on the input and on its pixels in reverse order, give the samples one call
 * gives: no state between calls;</li>
 * <li>malformed arguments, among them a 10,000-character one, are a {@link BadRequestException} whose message
 * starts with the transform's name, is shorter than 80 characters and does not repeat the client's text.</li>
 * </ul>
 *
 * <p>The transform is called as the engine calls it: with {@link #context()} where that is given, else without.
 *
 * @since 2.3
 */
public abstract class TransformContract {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 32;
    private static final int MAX_MESSAGE = 80;
    /** A hostile argument: digits, so that numeric parsers read on rather than stop at the first character. */
    private static final String LONG = "1234567890".repeat(1000);
    /** Where a message holds this much of an argument, it repeats the client's text. */
    private static final int ECHO = 16;

    private final Transform transform;
    private final String name;
    private final int stage;
    private final List<String> arguments;
    private final Raster input;

    /**
     * @param transform the transform under test
     * @param name its {@code gigatile.transform} name, with which its messages to the client start
     * @param stage its {@code gigatile.transform.stage}, one of the {@link TransformStage} constants
     * @param arguments arguments that make it change {@code input}, not return it as it is
     * @param input a raster such as the engine gives at that stage; a few hundred pixels make races likely
     */
    protected TransformContract(Transform transform, String name, int stage, List<String> arguments, Raster input) {
        this.transform = transform;
        this.name = name;
        this.stage = stage;
        this.arguments = List.copyOf(arguments);
        this.input = input;
    }

    /** @return the context the engine would give, or null to call {@link Transform#apply(Raster, List)} */
    protected TransformContext context() {
        return null;
    }

    /**
     * @param in the input
     * @return the output's width and height for that input and the arguments: the input's, unless the transform
     *         changes the geometry (a rotation)
     */
    protected int[] outputSize(Raster in) {
        return new int[] {in.width(), in.height()};
    }

    /** @return arguments to refuse besides those the contract makes (the valid ones with a 10,000-character one) */
    protected List<List<String>> malformedArguments() {
        return List.of();
    }

    /** @return false for a transform that the engine alone calls, with its own arguments, and that ignores others */
    protected boolean takesClientArguments() {
        return true;
    }

    @Test
    void leavesTheInputAloneAndKeepsItsSize() {
        Object before = copy(samplesOf(input));

        Raster out = apply(input, arguments);

        assertThat(Objects.deepEquals(samplesOf(input), before)).as("the input's samples are unchanged").isTrue();
        assertThat(out).as("the output of the valid arguments, which must not be a no-op").isNotSameAs(input);
        assertThat(samplesOf(out)).as("the output's array").isNotSameAs(samplesOf(input));
        assertThat(new int[] {out.width(), out.height()}).as("the output's size").isEqualTo(outputSize(input));
    }

    @Test
    void sampleFormatsAreThoseOfTheStage() {
        Raster out = apply(input, arguments);

        if (isFloatStage()) {
            assertThat(input.sampleType()).as("the input at a float stage").isEqualTo(SampleType.FLOAT);
            assertThat(out.sampleType()).as("the output at a float stage").isEqualTo(SampleType.FLOAT);
            refusesIntegerSamples();
        } else if (stage >= TransformStage.CONTRAST) {
            assertThat(out.isByteBacked() && out.bitsPerSample() == 8 && out.sampleType() == SampleType.UNSIGNED)
                    .as("8-bit unsigned output at stage %d: %s", stage, out).isTrue();
        }
    }

    @Test
    void concurrentCallsGiveTheSamplesOfOneCall() throws Exception {
        // two inputs, so that a buffer or a result kept between calls shows
        List<Raster> inputs = List.of(input, reversed(input));
        List<Object> expected = inputs.stream().map(in -> samplesOf(apply(in, arguments))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread;
                results.add(pool.submit(() -> {
                    start.await();
                    int differing = 0;
                    for (int call = first; call < first + CALLS_PER_THREAD; call++) {
                        Object out = samplesOf(apply(inputs.get(call % 2), arguments));
                        differing += Objects.deepEquals(out, expected.get(call % 2)) ? 0 : 1;
                    }
                    return differing;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).as("calls that differ from a single call").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Float stages refuse integer samples as a missing feature: the engine never sends them any. */
    private void refusesIntegerSamples() {
        int w = input.width();
        int h = input.height();
        int bands = input.bands();
        int n = w * h * bands;
        List<Raster> integers = List.of(Raster.ofBytes(w, h, bands, input.colourSpace(), new byte[n]),
                Raster.ofShorts(w, h, bands, 16, SampleType.UNSIGNED, input.colourSpace(), new short[n]),
                Raster.ofInts(w, h, bands, SampleType.SIGNED, input.colourSpace(), new int[n]));

        for (Raster raster : integers) {
            assertThatThrownBy(() -> apply(raster, arguments)).as(raster.toString())
                    .isInstanceOfSatisfying(UnsupportedFormatException.class,
                            e -> assertThat(e.isFeature()).as("isFeature()").isTrue());
        }
    }

    @Test
    void refusesMalformedArgumentsBriefly() {
        if (!takesClientArguments()) {
            // the engine alone gives it arguments: whatever else it is given changes nothing
            assertThat(Objects.deepEquals(samplesOf(apply(input, List.of(LONG))), samplesOf(apply(input, arguments))))
                    .as("a long argument is ignored").isTrue();
            return;
        }
        List<List<String>> malformed = new ArrayList<>(malformedArguments());
        for (int i = 0; i <= arguments.size(); i++) {
            // each valid argument in turn replaced by a long one, then one added after them
            List<String> hostile = new ArrayList<>(arguments);
            if (i < arguments.size()) {
                hostile.set(i, LONG);
            } else {
                hostile.add(LONG);
            }
            malformed.add(hostile);
        }
        for (List<String> bad : malformed) {
            String shown = bad.size() + " arguments, " + String.valueOf(bad).length() + " characters";
            assertThatThrownBy(() -> apply(input, bad)).as(shown)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.getMessage()).as(shown).startsWith(name).hasSizeLessThan(MAX_MESSAGE);
                        bad.stream().filter(a -> a != null && a.length() > ECHO)
                                .forEach(a -> assertThat(e.getMessage()).doesNotContain(a.substring(0, ECHO)));
                    });
        }
    }

    private Raster apply(Raster raster, List<String> args) {
        TransformContext context = context();
        return context == null ? transform.apply(raster, args) : transform.apply(raster, args, context);
    }

    private boolean isFloatStage() {
        return stage > TransformStage.NORMALISE && stage < TransformStage.CONTRAST;
    }

    /** @return the same pixels in reverse order: as valid an input as {@code in}, and another one */
    private static Raster reversed(Raster in) {
        Object samples = samplesOf(in);
        Object out = Array.newInstance(samples.getClass().getComponentType(), Array.getLength(samples));
        int bands = in.bands();
        int pixels = in.width() * in.height();
        for (int p = 0; p < pixels; p++) {
            System.arraycopy(samples, p * bands, out, (pixels - 1 - p) * bands, bands);
        }
        return like(in, in.width(), in.height(), out);
    }

    private static Object copy(Object samples) {
        int length = Array.getLength(samples);
        Object copy = Array.newInstance(samples.getClass().getComponentType(), length);
        System.arraycopy(samples, 0, copy, 0, length);
        return copy;
    }
}
