/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths below the mount: versions, identifiers with slashes, the three kinds of request. */
class IiifPathTest {

    private static IiifPath parse(String raw) {
        return IiifPath.parse(raw, IiifVersion.V3);
    }

    @Test
    void versionedImageRequestWithAnEncodedSlashInTheIdentifier() {
        IiifPath p = parse("/3/some%2Fid.tif/full/max/0/default.jpg");
        assertThat(p.kind()).isEqualTo(IiifPath.Kind.IMAGE);
        assertThat(p.version()).isEqualTo(IiifVersion.V3);
        assertThat(p.versioned()).isTrue();
        assertThat(p.identifier()).isEqualTo("some/id.tif");
        assertThat(p.parameters()).containsExactly("full", "max", "0", "default.jpg");
    }

    @Test
    void unversionedPathsAnswerInTheConfiguredVersion() {
        IiifPath p = IiifPath.parse("/some.tif/info.json", IiifVersion.V2);
        assertThat(p.kind()).isEqualTo(IiifPath.Kind.INFO);
        assertThat(p.version()).isEqualTo(IiifVersion.V2);
        assertThat(p.versioned()).isFalse();
        assertThat(p.identifier()).isEqualTo("some.tif");
        assertThat(parse("/2/x.tif/info.json").version()).isEqualTo(IiifVersion.V2);
        assertThat(parse("/1/x.tif/info.json").version()).isEqualTo(IiifVersion.V1);
        assertThat(parse("/1/x.tif/full/full/0/native").parameters()).containsExactly("full", "full", "0",
                "native");
    }

    @Test
    void identifiersOfSeveralSegmentsAreCountedFromTheEnd() {
        IiifPath image = parse("/2/dir/sub/x.tif/0,0,10,10/5,/!90/gray.png");
        assertThat(image.version()).isEqualTo(IiifVersion.V2);
        assertThat(image.identifier()).isEqualTo("dir/sub/x.tif");
        assertThat(image.parameters()).containsExactly("0,0,10,10", "5,", "!90", "gray.png");
        assertThat(parse("/dir/x.tif/info.json").identifier()).isEqualTo("dir/x.tif");
    }

    @Test
    void aLoneVersionNumberIsAnIdentifier() {
        assertThat(parse("/3/info.json").identifier()).isEqualTo("3");
        assertThat(parse("/3/info.json").versioned()).isFalse();
        assertThat(parse("/1/info.json").identifier()).isEqualTo("1");
        assertThat(parse("/2/full/max/0/default.jpg").identifier()).isEqualTo("2");
        assertThat(parse("/3").kind()).isEqualTo(IiifPath.Kind.REDIRECT);
        assertThat(parse("/3").identifier()).isEqualTo("3");
    }

    @Test
    void shortPathsAreBaseUrisThatRedirect() {
        IiifPath p = parse("/3/a%20b.tif");
        assertThat(p.kind()).isEqualTo(IiifPath.Kind.REDIRECT);
        assertThat(p.identifier()).isEqualTo("a b.tif");
        assertThat(p.versioned()).isTrue();
        assertThat(parse("/x.tif/").kind()).isEqualTo(IiifPath.Kind.REDIRECT);
        assertThat(parse("/a/b/c/d").identifier()).isEqualTo("a/b/c/d");
    }

    @Test
    void iipsrvsQueryFormKeepsItsCacheBustingQueryInTheLastSegment() {
        IiifPath image = parse("/x.tif/full/max/0/default.jpg?t=12345");
        assertThat(image.parameters().get(3)).isEqualTo("default.jpg");
        assertThat(parse("/x.tif/info.json?t=1").kind()).isEqualTo(IiifPath.Kind.INFO);
    }

    @Test
    void leadingSlashesOfTheQueryFormAreIgnored() {
        assertThat(parse("//x.tif/info.json").identifier()).isEqualTo("x.tif");
    }

    @Test
    void parametersAreDecodedOnceLikeTheIdentifier() {
        IiifPath p = parse("/x%252F.tif/full/%5Emax/%2190/default.jpg");
        assertThat(p.identifier()).isEqualTo("x%2F.tif");
        assertThat(p.parameters()).isEqualTo(List.of("full", "^max", "!90", "default.jpg"));
    }

    @Test
    void emptyPathsAndMissingIdentifiersAreBadRequests() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(BadRequestException.class).hasMessageContaining("syntax");
        assertThatThrownBy(() -> parse("/")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> parse("/info.json")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("identifier");
    }

    @Test
    void malformedEscapesAreBadRequests() {
        assertThatThrownBy(() -> parse("/x%2.tif/info.json")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> parse("/x%zz.tif/info.json")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> parse("/x%C3.tif/info.json")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("UTF-8");
    }
}
