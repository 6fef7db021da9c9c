/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iiif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigatile.api.ImageNotFoundException;
import io.gigatile.api.ViewAngles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageChoiceTest {
    private static final ViewAngles STACK = new ViewAngles(List.of(0, 1, 2), List.of(90));

    @Test
    void theLastDelimiterSplitsTheImageFromItsPageAsIipsrvDoes() {
        assertThat(PageChoice.of("stack.tif;2", ";")).isEqualTo(new PageChoice("stack.tif", 2, true));
        assertThat(PageChoice.of("a;b/stack.tif;1", ";")).isEqualTo(new PageChoice("a;b/stack.tif", 1, true));
        assertThat(PageChoice.of("stack.tif__12", "__")).isEqualTo(new PageChoice("stack.tif", 12, true));
    }

    @Test
    void theNumberIsReadAsAtoiReadsIt() {
        assertThat(PageChoice.of("s.tif;2x", ";").angle()).isEqualTo(2);
        assertThat(PageChoice.of("s.tif;abc", ";").angle()).isZero();
        assertThat(PageChoice.of("s.tif;", ";").angle()).isZero();
        assertThat(PageChoice.of("s.tif; -3", ";").angle()).isEqualTo(-3);
        assertThat(PageChoice.of("s.tif;99999999999999999999", ";").angle()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void withoutADelimiterTheIdentifierIsTheImage() {
        assertThat(PageChoice.of("stack.tif;2", "")).isEqualTo(new PageChoice("stack.tif;2", 0, false));
        assertThat(PageChoice.of("stack.tif", ";")).isEqualTo(new PageChoice("stack.tif", 0, false));
    }

    @Test
    void aPageIsAnIndexAmongTheImagesAnglesAndAMissingOneIsNotFound() {
        assertThat(PageChoice.of("s.tif;2", ";").viewX(STACK)).isEqualTo(2);
        assertThat(PageChoice.of("s.tif", ";").viewX(STACK)).isZero();
        assertThat(PageChoice.of("s.tif;7", ";").viewY(STACK)).isZero();
        assertThat(PageChoice.of("s.tif;7", ";").viewX(ViewAngles.SINGLE)).as("one view takes any page").isZero();
        assertThatThrownBy(() -> PageChoice.of("s.tif;7", ";").viewX(STACK))
                .isInstanceOf(ImageNotFoundException.class).hasMessage("the image has no page 7");
    }
}
