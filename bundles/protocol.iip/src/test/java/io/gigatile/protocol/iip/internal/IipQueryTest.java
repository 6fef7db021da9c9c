/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.protocol.iip.internal.IipQuery.Command;
import org.junit.jupiter.api.Test;

class IipQueryTest {

    @Test
    void keepsTheClientsOrderAndCase() {
        assertThat(IipQuery.parse("FIF=a.tif&obj=IIP,1.0&OBJ=Max-size&JTL=1,2")).containsExactly(
                new Command("FIF", "a.tif"), new Command("obj", "IIP,1.0"), new Command("OBJ", "Max-size"),
                new Command("JTL", "1,2"));
        assertThat(new Command("oBj", "x").key()).isEqualTo("obj");
    }

    @Test
    void dropsTokensWithAnEmptyNameOrValue() {
        assertThat(IipQuery.parse("=x&FIF=&&WID=10&")).containsExactly(new Command("WID", "10"));
    }

    @Test
    void aTokenWithoutEqualsIsBothNameAndValue() {
        assertThat(IipQuery.parse("INV&FIF=a=b")).containsExactly(new Command("INV", "INV"),
                new Command("FIF", "a=b"));
    }

    @Test
    void valuesAreDecodedAsIipsrvDoes() {
        assertThat(IipQuery.parse("FIF=my+dir/%C3%A9t%C3%A9%2Ftile.tif&OBJ=IIP%2c1.0&X=a%00b&Y=50%&Z=100%25"))
                .containsExactly(new Command("FIF", "my dir/été/tile.tif"), new Command("OBJ", "IIP,1.0"),
                        new Command("X", "ab"), new Command("Y", "50%"), new Command("Z", "100%"));
    }
}
