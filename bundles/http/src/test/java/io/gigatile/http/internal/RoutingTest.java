/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.AccessDeniedException;
import io.gigatile.api.BadRequestException;
import io.gigatile.api.DecodeFailureException;
import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ImageProcessing;
import io.gigatile.api.LimitExceededException;
import io.gigatile.api.ProcessingReader;
import io.gigatile.api.Protocol;
import io.gigatile.api.ProtocolResponse;
import io.gigatile.api.SourceUnavailableException;
import io.gigatile.api.TransformStep;
import io.gigatile.api.UnsupportedFormatException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final Protocol iip = request -> ProtocolResponse.text("text/plain", "iip", null);
    private final Protocol iiif = request -> ProtocolResponse.text("text/plain", "iiif", null);
    private final Protocol newerIiif = request -> ProtocolResponse.text("text/plain", "iiif 2", null);

    private ProtocolTable table() {
        ProtocolTable table = new ProtocolTable();
        table.add(new ProtocolTable.Entry("iip", 0, 1, iip));
        table.add(new ProtocolTable.Entry("iiif", 0, 2, iiif));
        return table;
    }

    @Test
    void legacyUrlGoesToIipUnlessAnotherProtocolIsNamed() {
        LegacyRouter router = new LegacyRouter(table());
        Route route = router.route("/fcgi-bin/iipsrv.fcgi", "FIF=a.tif&JTL=1,2").orElseThrow();
        assertThat(route.protocol()).isSameAs(iip);
        assertThat(route.query()).isEqualTo("FIF=a.tif&JTL=1,2");

        Route iiifRoute = router.route("/fcgi-bin/iipsrv.fcgi", "IIIF=a.tif/full/max/0/default.jpg").orElseThrow();
        assertThat(iiifRoute.protocol()).isSameAs(iiif);
        assertThat(iiifRoute.path()).isEqualTo("/a.tif/full/max/0/default.jpg");
        assertThat(iiifRoute.query()).isEmpty();
    }

    /** An IIP protocol that also reads processing commands, as the IIP bundle's does. */
    private interface ReadingProtocol extends Protocol, ProcessingReader {
    }

    @Test
    void iipCommandsBeforeAnotherProtocolsKeyTravelAsItsPrefix() {
        ImageProcessing contrast = new ImageProcessing(List.of(new TransformStep("contrast", List.of("2"))), 90,
                null);
        ReadingProtocol reading = new ReadingProtocol() {
            @Override
            public ProtocolResponse handle(io.gigatile.api.ProtocolRequest request) {
                return ProtocolResponse.text("text/plain", "iip", null);
            }

            @Override
            public ImageProcessing read(String query) {
                assertThat(query).isEqualTo("CNT=2&QLT=90");
                return contrast;
            }
        };
        ProtocolTable table = table();
        table.add(new ProtocolTable.Entry("iip", 1, 3, reading));
        Route route = new LegacyRouter(table).route("/x", "CNT=2&QLT=90&IIIF=a.tif/info.json&z=1").orElseThrow();
        assertThat(route.protocol()).isSameAs(iiif);
        assertThat(route.path()).isEqualTo("/a.tif/info.json");
        assertThat(route.query()).isEqualTo("z=1");
        assertThat(route.prefix().read()).isSameAs(contrast);
        // an IIP protocol that reads nothing leaves the commands unread
        Route plain = new LegacyRouter(table()).route("/x", "CNT=2&IIIF=a.tif/info.json").orElseThrow();
        assertThat(plain.protocol()).isSameAs(iiif);
        assertThat(plain.prefix().read()).isSameAs(ImageProcessing.NONE);
        assertThat(new LegacyRouter(table).route("/x", "IIIF=a.tif/info.json").orElseThrow().prefix().read())
                .isSameAs(ImageProcessing.NONE);
    }

    @Test
    void unknownQueryKeysAndEmptyQueriesAreIip() {
        LegacyRouter router = new LegacyRouter(table());
        assertThat(router.route("/x", "Zoomify=a.tif/ImageProperties.xml").orElseThrow().protocol()).isSameAs(iip);
        assertThat(router.route("/x", null).orElseThrow().protocol()).isSameAs(iip);
        assertThat(router.route("/x", "").orElseThrow().query()).isEmpty();
    }

    @Test
    void withoutIipThereIsNoRoute() {
        ProtocolTable table = new ProtocolTable();
        assertThat(new LegacyRouter(table).route("/x", "FIF=a.tif")).isEmpty();
    }

    @Test
    void highestRankingServiceOfANameWinsAndTheNextTakesOver() {
        ProtocolTable table = table();
        assertThat(table.add(new ProtocolTable.Entry("iiif", 10, 3, newerIiif))).isFalse();
        assertThat(table.get("iiif")).contains(newerIiif);
        assertThat(table.remove("iiif", 3)).isFalse();
        assertThat(table.get("iiif")).contains(iiif);
        assertThat(table.remove("iiif", 2)).isTrue();
        assertThat(table.get("iiif")).isEqualTo(Optional.empty());
    }

    @Test
    void everyDomainFailureHasItsStatus() {
        assertThat(ErrorStatus.of(new BadRequestException("x"))).isEqualTo(400);
        assertThat(ErrorStatus.of(new LimitExceededException("x"))).isEqualTo(400);
        assertThat(ErrorStatus.of(new AccessDeniedException("x"))).isEqualTo(403);
        SourceUnavailableException down = new SourceUnavailableException("x", Duration.ofMillis(2500), null);
        assertThat(ErrorStatus.of(down)).isEqualTo(503);
        assertThat(ErrorStatus.retryAfter(down)).contains("2");
        assertThat(ErrorStatus.retryAfter(new SourceUnavailableException("x", Duration.ZERO, null))).contains("1");
        assertThat(ErrorStatus.retryAfter(new AccessDeniedException("x"))).isEmpty();
        assertThat(ErrorStatus.of(new ImageNotFoundException("x"))).isEqualTo(404);
        assertThat(ErrorStatus.of(new UnsupportedFormatException("x"))).isEqualTo(415);
        assertThat(ErrorStatus.of(new UnsupportedFormatException("x", true))).isEqualTo(501);
        assertThat(ErrorStatus.of(new DecodeFailureException("x"))).isEqualTo(500);
    }
}
