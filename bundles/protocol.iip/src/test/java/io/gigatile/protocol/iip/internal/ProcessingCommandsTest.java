/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.TransformStep;
import io.gigatile.api.testing.RecordingImageService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CNT, GAM, ROT, SHD, CMP, INV, CTW, COL, CNV and ICC: the transform steps they send the engine. */
class ProcessingCommandsTest {
    private final RecordingImageService service = new RecordingImageService("t.tif", Images.rgb1000(),
            new ServiceLimits(5000, true), Set.of("jpg"));

    private ProtocolResponse ask(String query) {
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    /** @return the steps a JTL after the commands sends, as {@code name[arguments]} */
    private String steps(String commands) {
        ask("FIF=t.tif&" + commands + "&JTL=0,0");
        return text(last().transforms());
    }

    private ImageRequest last() {
        return service.rendered().get(service.rendered().size() - 1);
    }

    private static String text(List<TransformStep> steps) {
        return steps.stream().map(s -> s.name() + s.arguments()).collect(Collectors.joining(" "));
    }

    @Test
    void contrast() {
        assertThat(steps("CNT=2")).isEqualTo("contrast[2]");
        assertThat(steps("CNT=0.50")).isEqualTo("contrast[0.5]");
        assertThat(steps("CNT=1e1")).isEqualTo("contrast[10]");
        assertThat(steps("CNT=st")).isEqualTo("contrast[stretch]");
        assertThat(steps("CNT=Stretch")).isEqualTo("contrast[stretch]");
        assertThat(steps("CNT=-1")).as("iipsrv's reserved value for a stretch").isEqualTo("contrast[stretch]");
        assertThat(steps("CNT=eq")).isEqualTo("equalise[]");
        assertThat(steps("CNT=EQUALIZATION")).isEqualTo("equalise[]");
        assertThat(steps("CNT=2&CNT=eq")).as("iipsrv keeps the factor and equalisation apart")
                .isEqualTo("contrast[2] equalise[]");
        assertThat(steps("CNT=2&CNT=3")).isEqualTo("contrast[3]");
    }

    @Test
    void gamma() {
        assertThat(steps("GAM=2.2")).isEqualTo("gamma[2.2]");
        assertThat(steps("GAM=0")).isEqualTo("gamma[0]");
        assertThat(steps("GAM=log")).isEqualTo("gamma[log]");
        assertThat(steps("GAM=Logarithm")).isEqualTo("gamma[log]");
        assertThat(steps("GAM=-1")).as("iipsrv's reserved value for the logarithm").isEqualTo("gamma[log]");
        assertThat(steps("GAM=log&GAM=0.5")).isEqualTo("gamma[0.5]");
    }

    @Test
    void neutralValuesAddNoStepAndKeepTilesPlain() {
        assertThat(steps("CNT=1.0&GAM=1&ROT=0&ROT=360&ICC=x")).isEmpty();
        assertThat(last().isPlainTile()).isTrue();
        assertThat(steps("CNT=2&CNT=1")).as("a later neutral value undoes an earlier one").isEmpty();
        assertThat(steps("ROT=45")).as("iipsrv turns by right angles only").isEmpty();
        assertThat(steps("CMP=hot&CMP=bogus")).as("iipsrv turns the map off for a name it lacks").isEmpty();
        assertThat(steps("COL=rainbow")).isEmpty();
        assertThat(steps("SHD=30")).as("iipsrv shades only with two angles").isEmpty();
        assertThat(steps("CTW=[]")).isEmpty();
        assertThat(steps("CNV=[1,2,3,4]")).as("not square").isEmpty();
        assertThat(steps("CNV=[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]")).as("even side").isEmpty();
        assertThat(steps("CNV=" + "1,".repeat(49) + "1")).as("larger than 5x5").isEmpty();
        assertThat(last().isPlainTile()).isTrue();
    }

    @Test
    void invertColormapAndColour() {
        assertThat(steps("INV")).isEqualTo("invert[]");
        assertThat(steps("INV=1")).isEqualTo("invert[]");
        assertThat(steps("CMP=JET")).isEqualTo("colormap[jet]");
        assertThat(steps("CMP=red&CMP=cold")).isEqualTo("colormap[cold]");
        assertThat(steps("COL=grey")).isEqualTo("greyscale[]");
        assertThat(steps("COL=GRAY")).isEqualTo("greyscale[]");
        assertThat(steps("COL=binary")).isEqualTo("bitonal[]");
        assertThat(steps("COL=grey&COL=other")).as("other values leave it as it was").isEqualTo("greyscale[]");
    }

    @Test
    void colourTwistHasOneArgumentPerRow() {
        assertThat(steps("CTW=[0.5,0.25,0.25]")).isEqualTo("twist[0.5,0.25,0.25]");
        assertThat(steps("CTW=%5B1,0,0%3B0,1.50,0%3B0,0,-1%5D")).isEqualTo("twist[1,0,0, 0,1.5,0, 0,0,-1]");
        assertThat(steps("CTW=1,0;0,1")).as("iipsrv reads it without brackets too").isEqualTo("twist[1,0, 0,1]");
        assertThat(steps("CTW=[1, 0,,0;;0,1,0;]")).as("empty items are skipped, as iipsrv's Tokenizer does")
                .isEqualTo("twist[1,0,0, 0,1,0]");
        assertThat(steps("CTW=[1,0,0]&CTW=[0,1,0]")).as("the last one wins; iipsrv appends the rows")
                .isEqualTo("twist[0,1,0]");
    }

    @Test
    void hillshadeAndConvolution() {
        assertThat(steps("SHD=30,45")).isEqualTo("hillshade[30, 45]");
        assertThat(steps("SHD=-30,045")).isEqualTo("hillshade[-30, 45]");
        assertThat(steps("CNV=sobel")).isEqualTo("convolve[sobel]");
        assertThat(steps("CNV=[Laplace]")).isEqualTo("convolve[laplace]");
        for (String name : new String[] {"prewitt", "scharr", "gaussian", "sharpen", "emboss"}) {
            assertThat(steps("CNV=" + name)).isEqualTo("convolve[" + name + "]");
        }
        assertThat(steps("CNV=[0,-1,0,-1,5,-1,0,-1,0]")).isEqualTo("convolve[0, -1, 0, -1, 5, -1, 0, -1, 0]");
        assertThat(steps("CNV=0.5,1,0.5,1,2,1,0.5,1,0.5")).isEqualTo("convolve[0.5, 1, 0.5, 1, 2, 1, 0.5, 1, 0.5]");
        assertThat(steps("CNV=[2]")).isEqualTo("convolve[2]");
        assertThat(steps("CNV=" + "1,".repeat(24) + "1")).isEqualTo("convolve[" + "1, ".repeat(24) + "1]");
        assertThat(steps("CNV=sobel&CNV=[1,2]")).as("an ignored kernel keeps the one before, as in iipsrv")
                .isEqualTo("convolve[sobel]");
    }

    @Test
    void rotationHonoursRightAnglesAsIipsrvDoes() {
        assertThat(steps("ROT=90")).isEqualTo("rotate[90]");
        assertThat(steps("ROT=270.9")).as("cut to a whole number").isEqualTo("rotate[270]");
        assertThat(steps("ROT=450")).isEqualTo("rotate[90]");
        assertThat(steps("ROT=-90")).isEqualTo("rotate[270]");
        assertThat(steps("ROT=!90")).isEqualTo("mirror[] rotate[90]");
        assertThat(steps("ROT=!0")).isEqualTo("mirror[]");
        assertThat(steps("ROT=!")).isEqualTo("mirror[]");
        assertThat(steps("ROT=!180")).as("iipsrv's vertical flip").isEqualTo("mirror[] rotate[180]");
        assertThat(steps("ROT=!45")).isEqualTo("mirror[]");
        assertThat(steps("ROT=!90&ROT=90")).as("the last one wins; iipsrv keeps the flip").isEqualTo("rotate[90]");
    }

    @Test
    void everyStepInIipsrvsOrderWhateverTheClientsOrder() {
        String all = "normalise[0, 1, 0, 255, 0, 255] hillshade[10, 20] twist[1,0,0] gamma[log] invert[]"
                + " colormap[hot] convolve[sobel] contrast[1.5] bitonal[] equalise[] mirror[] rotate[180]";
        assertThat(steps("ROT=!180&CNT=eq&COL=binary&CNV=sobel&CMP=hot&INV&GAM=log&CTW=[1,0,0]&SHD=10,20"
                + "&CNT=1.5&MINMAX=0:0,1")).isEqualTo(all);
        ImageRequest first = last();
        assertThat(steps("MINMAX=0:0,1&CNT=1.5&SHD=10,20&CTW=[1,0,0]&GAM=log&INV&CMP=hot&CNV=sobel&COL=binary"
                + "&CNT=eq&ROT=!180")).isEqualTo(all);
        assertThat(last().cacheKey()).isEqualTo(first.cacheKey());
        assertThat(last().isPlainTile()).isFalse();
    }

    @Test
    void settingsChangeTheCacheKey() {
        List<String> keys = List.of("", "CNT=2", "CNT=3", "GAM=2", "ROT=90", "ROT=!90", "ROT=180", "INV", "CMP=hot",
                "CMP=jet", "CTW=[1,0,0]", "CTW=[1;0]", "SHD=1,2", "SHD=2,1", "CNV=sobel", "CNV=[1]", "COL=grey",
                "COL=binary", "CNT=eq", "CNT=st").stream().map(q -> {
                    steps(q.isEmpty() ? "X=1" : q);
                    return last().cacheKey();
                }).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void stepsApplyToCvtAndJtlsAndSurviveFif() {
        ask("CNT=2&FIF=t.tif&WID=100&CVT=jpeg");
        assertThat(text(last().transforms())).isEqualTo("contrast[2]");
        ask("FIF=t.tif&INV&FIF=t.tif&JTLS=0,0,0,90");
        assertThat(text(last().transforms())).isEqualTo("invert[]");
    }

    @Test
    void iccIsAcceptedAndLaterCommandsRun() {
        assertThat(steps("ICC=1,abc&CNT=2")).isEqualTo("contrast[2]");
        assertThat(new String(ask("FIF=t.tif&ICC=x&OBJ=Max-size").body())).isEqualTo("\r\nMax-size:1000 1000\r\n");
    }

    @Test
    void textAnswersIgnoreProcessing() {
        ProtocolResponse r = ask("FIF=t.tif&CNT=2&INV&OBJ=Resolution-number");
        assertThat(new String(r.body())).isEqualTo("\r\nResolution-number:3\r\n");
    }

    @Test
    void malformedArgumentsAreBadRequestsThatDoNotEchoThem() {
        String longText = "x".repeat(5000);
        for (String command : new String[] {"CNT=abc", "GAM=abc", "GAM=-1e309", "CNT=1e39", "GAM=NaN",
            "CNT=Infinity", "CNT=0x10", "ROT=abc", "ROT=!x", "ROT=1e999", "CTW=[1,2;3", "CTW=1,2]", "CTW=[1,a]",
            "CTW=[1,2][3]", "CTW=[;,;]", "CTW=[" + "1;".repeat(65) + "]", "CTW=[" + "1,".repeat(65) + "]",
            "CTW=[" + longText + "]", "SHD=a,b", "SHD=1,2,3", "SHD=1.5,2", "SHD=1,", "CNV=[1,x,3,4,5,6,7,8,9]",
            "CNV=[1,2", "CNV=" + longText, "CNT=" + longText}) {
            assertThatThrownBy(() -> steps(command)).as(command).isInstanceOf(BadRequestException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(60).doesNotContain("xxx", "abc"));
        }
        assertThat(service.rendered()).isEmpty();
    }
}
