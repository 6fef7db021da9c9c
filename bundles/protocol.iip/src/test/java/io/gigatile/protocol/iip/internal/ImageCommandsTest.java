/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import io.gigatile.api.ColourSpace;
import io.gigatile.api.ImageInfo;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageRequest;
import io.gigatile.api.Level;
import io.gigatile.api.ProtocolRequest;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.Region;
import io.gigatile.api.SampleType;
import io.gigatile.api.ServiceLimits;
import io.gigatile.api.Size;
import io.gigatile.api.UnsupportedFormatException;
import io.gigatile.api.ViewAngles;
import io.gigatile.api.testing.RecordingImageService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JTL, JTLS and CVT: the exact requests they hand to the engine. */
class ImageCommandsTest {
    private RecordingImageService service = service(Images.rgb1000(), new ServiceLimits(5000, true), Set.of("jpg"));

    private static RecordingImageService service(ImageInfo info, ServiceLimits limits, Set<String> formats) {
        return new RecordingImageService("dir/t1000.tif", info, limits, formats);
    }

    private ProtocolResponse ask(String query) {
        return new IipProtocol(service).handle(new ProtocolRequest("GET", "", query, Map.of(), "http://h/iip"));
    }

    private ImageRequest only() {
        assertThat(service.rendered()).hasSize(1);
        return service.rendered().get(0);
    }

    private static ImageRequest.Builder request() {
        return ImageRequest.builder("dir/t1000.tif");
    }

    @Test
    void jtlNumbersResolutionsFromTheSmallestAndTilesByRows() {
        ProtocolResponse r = ask("FIF=dir%2Ft1000.tif&JTL=2,5");
        assertThat(only()).isEqualTo(request().region(Region.tile(0, 1, 1)).build());
        assertThat(only().isPlainTile()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
        assertThat(r.lastModified()).isEqualTo(RecordingImageService.MODIFIED);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(only().cacheKey());
        assertThat(service.lookups()).as("one store lookup per request").isEqualTo(1);
    }

    @Test
    void jtlAtTheSmallestResolutionAndTheLastTile() {
        ask("FIF=dir/t1000.tif&JTL=0,0");
        ask("FIF=dir/t1000.tif&jtl=1,3");
        ask("FIF=dir/t1000.tif&JTL=2,15");
        assertThat(service.rendered()).containsExactly(request().region(Region.tile(2, 0, 0)).build(),
                request().region(Region.tile(1, 1, 1)).build(), request().region(Region.tile(0, 3, 3)).build());
    }

    @Test
    void qualityTurnsPassThroughOff() {
        ask("FIF=dir/t1000.tif&QLT=90&JTL=2,0");
        assertThat(only()).isEqualTo(request().region(Region.tile(0, 0, 0)).encodeQuality(90).build());
        assertThat(only().isPlainTile()).isFalse();
    }

    @Test
    void qualityIsClampedAndMayNameACompression() {
        ask("FIF=dir/t1000.tif&QLT=250&JTL=0,0");
        ask("FIF=dir/t1000.tif&QLT=deflate:7&JTL=0,0");
        ask("FIF=dir/t1000.tif&QLT=LZW:0&JTL=0,0");
        ask("FIF=dir/t1000.tif&QLT=sepia:5&JTL=0,0");
        assertThat(service.rendered()).extracting(ImageRequest::encodeQuality).containsExactly(100, 7, 0, 5);
        // iipsrv 1.3 takes a name it does not know for no compression
        assertThat(service.rendered()).extracting(ImageRequest::encodeCompression)
                .containsExactly(null, "deflate", "lzw", "none");
        assertThat(service.rendered().get(1).cacheKey()).endsWith("|compression=deflate");
        assertThat(service.rendered().get(0).cacheKey()).doesNotContain("compression");
        service.rendered().clear();
        ask("FIF=dir/t1000.tif&WID=300&QLT=lzw:0&CVT=jpeg");
        assertThat(only().encodeCompression()).as("an export's compression").isEqualTo("lzw");
    }

    @Test
    void outOfRangeTilesAndMalformedNumbersAreBadRequests() {
        for (String query : new String[] {"FIF=dir/t1000.tif&JTL=3,0", "FIF=dir/t1000.tif&JTL=2,16",
            "FIF=dir/t1000.tif&JTL=0,1", "FIF=dir/t1000.tif&JTL=1", "FIF=dir/t1000.tif&JTL=a,b",
            "FIF=dir/t1000.tif&JTL=-1,0", "FIF=dir/t1000.tif&JTL=0,0,0", "FIF=dir/t1000.tif&JTL=99999999999,0",
            "FIF=dir/t1000.tif&WID=abc&CVT=jpeg", "FIF=dir/t1000.tif&HEI=-3&CVT=jpeg",
            "FIF=dir/t1000.tif&RGN=0,0,x,1&CVT=jpeg", "FIF=dir/t1000.tif&RGN=0,0,1&CVT=jpeg",
            "FIF=dir/t1000.tif&QLT=high&JTL=0,0", "JTL=0,0", "CVT=jpeg&FIF=dir/t1000.tif"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.rendered()).isEmpty();
    }

    @Test
    void legacyJtlsCarriesTheViewsAngles() {
        ask("FIF=dir/t1000.tif&JTLS=0,2,5,90");
        ask("FIF=dir/t1000.tif&JTLS=7,2,5,-3");
        assertThat(service.rendered()).containsExactly(request().region(Region.tile(0, 1, 1)).build(),
                request().region(Region.tile(0, 1, 1)).build());
        service = service(sequence(List.of(0, 10, 20), List.of(90)), new ServiceLimits(5000, true), Set.of("jpg"));
        ask("FIF=dir/t1000.tif&JTLS=20,0,0,90");
        ask("FIF=dir/t1000.tif&JTLS=10,0,0,0");
        assertThat(service.rendered()).containsExactly(request().view(2, 0).region(Region.tile(0, 0, 0)).build(),
                request().view(1, 0).region(Region.tile(0, 0, 0)).build());
        assertThatThrownBy(() -> ask("FIF=dir/t1000.tif&JTLS=2,0,0,90")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void sdsNamesAnglesWhichAreLookedUpInTheImagesViews() {
        service = service(sequence(List.of(-30, 0, 30), List.of(0, 45, 90)), new ServiceLimits(5000, true),
                Set.of("jpg"));
        ask("FIF=dir/t1000.tif&JTL=0,0");
        ask("FIF=dir/t1000.tif&SDS=30,45&JTL=0,0");
        ask("FIF=dir/t1000.tif&SDS=-30&JTL=0,0");
        ask("SDS=30,45&FIF=dir/t1000.tif&CVT=jpeg");
        assertThat(service.rendered()).extracting(r -> r.viewX() + "," + r.viewY())
                .containsExactly("1,2", "2,1", "0,0", "1,2");
        for (String query : new String[] {"FIF=dir/t1000.tif&SDS=1&JTL=0,0", "FIF=dir/t1000.tif&SDS=0,30&JTL=0,0",
            "FIF=dir/t1000.tif&SDS=0,30&CVT=jpeg"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(ImageNotFoundException.class);
        }
        for (String query : new String[] {"FIF=dir/t1000.tif&SDS=a&JTL=0,0", "FIF=dir/t1000.tif&SDS=1,2,3&JTL=0,0",
            "FIF=dir/t1000.tif&SDS=&JTL=0,0,", "FIF=dir/t1000.tif&SDS=1,&JTL=0,0"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
        assertThat(service.rendered()).hasSize(4);
    }

    @Test
    void anAxisWithOneAngleTakesAnyAngleAsIipsrvIgnoresIt() {
        service = service(sequence(List.of(0, 1, 2), List.of(90)), new ServiceLimits(5000, true), Set.of("jpg"));
        ask("FIF=dir/t1000.tif&SDS=2&JTL=0,0");
        ask("FIF=dir/t1000.tif&SDS=1,45&JTL=0,0");
        assertThat(service.rendered()).extracting(r -> r.viewX() + "," + r.viewY()).containsExactly("2,0", "1,0");
    }

    @Test
    void minmaxSendsEveryBandsRangeToTheEngine() {
        ask("FIF=dir/t1000.tif&MINMAX=1:10,200.5&JTL=0,0");
        ask("FIF=dir/t1000.tif&MINMAX=-:0.25,1e3&MINMAX=2:-5,5&CVT=jpeg");
        assertThat(service.rendered()).extracting(r -> r.transforms().toString()).containsExactly(
                "[TransformStep[name=normalise, arguments=[0, 255, 10, 200.5, 0, 255]]]",
                "[TransformStep[name=normalise, arguments=[0.25, 1000, 0.25, 1000, -5, 5]]]");
        assertThat(service.rendered().get(0).isPlainTile()).isFalse();
    }

    @Test
    void minmaxOnAChannelTheImageLacksIsIgnoredAndFifForgetsIt() {
        ask("FIF=dir/t1000.tif&MINMAX=3:0,1&JTL=0,0");
        ask("FIF=dir/t1000.tif&MINMAX=-1:0,1&JTL=0,0");
        ask("FIF=dir/t1000.tif&MINMAX=0:0,1&FIF=dir/t1000.tif&JTL=0,0");
        assertThat(service.rendered()).allMatch(r -> r.transforms().isEmpty()).hasSize(3);
        for (String query : new String[] {"MINMAX=0:0,1&FIF=dir/t1000.tif&JTL=0,0", "FIF=dir/t1000.tif&MINMAX=0,1",
            "FIF=dir/t1000.tif&MINMAX=0:1", "FIF=dir/t1000.tif&MINMAX=x:0,1", "FIF=dir/t1000.tif&MINMAX=0:a,1",
            "FIF=dir/t1000.tif&MINMAX=0:1,2,3"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void layersAreHandedOn() {
        ask("FIF=dir/t1000.tif&LYR=3&JTL=0,0");
        assertThat(only()).isEqualTo(request().layers(3).region(Region.tile(2, 0, 0)).build());
    }

    @Test
    void theFirstImageEndsTheRequest() {
        ProtocolResponse r = ask("FIF=dir/t1000.tif&FOO=1&OBJ=basic-info&JTL=0,0&JTL=1,0&BAR");
        assertThat(only()).isEqualTo(request().region(Region.tile(2, 0, 0)).build());
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void answeringCommandsThatAreNotImplementedAreRefused() {
        for (String query : new String[] {"FIF=dir/t1000.tif&Zoomify=x", "FIF=dir/t1000.tif&DeepZoom=x"}) {
            assertThatThrownBy(() -> ask(query)).as(query).isInstanceOf(UnsupportedFormatException.class)
                    .matches(e -> ((UnsupportedFormatException) e).isFeature());
        }
        assertThat(service.rendered()).isEmpty();
    }

    @Test
    void ptlWtlTtlAndAtlAreJtlInTheirFormats() {
        service = service(Images.rgb1000(), new ServiceLimits(5000, true), Set.of("jpg", "png", "webp", "tif", "avif"));
        String[][] cases = {{"PTL", "png"}, {"WTL", "webp"}, {"TTL", "tif"}, {"ATL", "avif"}};
        for (String[] c : cases) {
            ask("FIF=dir/t1000.tif&QLT=80&" + c[0] + "=1,2");
            assertThat(service.rendered()).last().as(c[0])
                    .isEqualTo(request().format(c[1]).encodeQuality(80).region(Region.tile(1, 0, 1)).build());
        }
    }

    @Test
    void aTileCommandWhoseEncoderIsAbsentIsUnsupported() {
        assertThatThrownBy(() -> ask("FIF=dir/t1000.tif&WTL=0,0")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("WTL needs an encoder this server does not have")
                .matches(e -> !((UnsupportedFormatException) e).isFeature());
        assertThat(service.rendered()).isEmpty();
    }

    @Test
    void cvtWithoutSizeIsTheWholeImage() {
        ProtocolResponse r = ask("FIF=dir/t1000.tif&CVT=jpeg");
        assertThat(only()).isEqualTo(request().size(new Size(Size.Kind.EXACT, 1000, 1000, false)).build());
        assertThat(r.headers()).containsEntry("Content-Disposition", "inline; filename=\"t1000_1000x1000.jpg\"");
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void cvtWithRegionSizeAndQuality() {
        service = service(Images.grey1000x700(), new ServiceLimits(5000, true), Set.of("jpg"));
        ask("FIF=dir/t1000.tif&RGN=0.1,0.1,0.5,0.3&WID=200&QLT=60&CVT=JPG");
        assertThat(only()).isEqualTo(request().region(Region.pixels(100, 70, 500, 210))
                .size(new Size(Size.Kind.EXACT, 200, 84, false)).encodeQuality(60).build());
    }

    @Test
    void cvtKeepsTheAspectRatioInsideTheBoxAndClampsToMaxCvt() {
        service = service(Images.grey1000x700(), new ServiceLimits(5000, true), Set.of("jpg"));
        ask("FIF=dir/t1000.tif&WID=300&HEI=300&CVT=jpeg");
        ask("FIF=dir/t1000.tif&WID=7000&CVT=jpeg");
        assertThat(service.rendered()).containsExactly(
                request().size(new Size(Size.Kind.EXACT, 300, 210, false)).build(),
                request().size(new Size(Size.Kind.EXACT, 5000, 3500, true)).build());
    }

    @Test
    void cvtWithoutUpscalingStopsAtTheRegionsSize() {
        service = service(Images.grey1000x700(), new ServiceLimits(-1, false), Set.of("jpg"));
        ask("FIF=dir/t1000.tif&WID=7000&CVT=jpeg");
        assertThat(only()).isEqualTo(request().size(new Size(Size.Kind.EXACT, 1000, 700, false)).build());
    }

    @Test
    void cvtFormats() {
        service = service(Images.rgb1000(), new ServiceLimits(5000, true), Set.of("jpg", "png"));
        ProtocolResponse png = ask("FIF=dir/t1000.tif&WID=10&CVT=png");
        ask("FIF=dir/t1000.tif&WID=10&CVT=JPEG");
        // a value iipsrv does not know is JPEG, as there; a format it knows is never answered in another one
        ask("FIF=dir/t1000.tif&WID=10&CVT=exe");
        for (String absent : List.of("webp", "tiff", "avif", "gif")) {
            assertThatThrownBy(() -> ask("FIF=dir/t1000.tif&WID=10&CVT=" + absent))
                    .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining(absent)
                    .matches(e -> !((UnsupportedFormatException) e).isFeature(), "415, not 501");
        }
        assertThat(service.rendered()).extracting(ImageRequest::format).containsExactly("png", "jpg", "jpg");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.headers()).containsEntry("Content-Disposition", "inline; filename=\"t1000_10x10.png\"");
    }

    @Test
    void downloadNamesKeepToSafeCharacters() {
        assertThat(ImageCommands.baseName("a/b/my image\".v2.tif")).isEqualTo("my_image_.v2");
        assertThat(ImageCommands.baseName("noext")).isEqualTo("noext");
        assertThat(ImageCommands.baseName("dir/.tif")).isEqualTo(".tif");
        assertThat(ImageCommands.baseName("dir/")).isEqualTo("image");
    }

    private static ImageInfo sequence(List<Integer> horizontal, List<Integer> vertical) {
        return ImageInfo.builder().addLevel(new Level(1000, 1000, 256, 256))
                .samples(3, 8, SampleType.UNSIGNED, ColourSpace.SRGB).angles(new ViewAngles(horizontal, vertical))
                .build();
    }
}
