/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import java.awt.Point;
import jj2000.j2k.wavelet.synthesis.InvWTData;
import jj2000.j2k.wavelet.synthesis.SubbandSyn;

/**
 * A stage of jj2000's decoding chain that passes every question about the image's geometry on to the stage
 * before it; subclasses change one answer.
 */
abstract class ForwardingWaveletData implements InvWTData {
    /** The stage before this one. */
    protected final InvWTData source;

    ForwardingWaveletData(InvWTData source) {
        this.source = source;
    }

    @Override
    public SubbandSyn getSynSubbandTree(int t, int c) {
        return source.getSynSubbandTree(t, c);
    }

    @Override
    public int getCbULX() {
        return source.getCbULX();
    }

    @Override
    public int getCbULY() {
        return source.getCbULY();
    }

    @Override
    public int getTileWidth(int rl) {
        return source.getTileWidth(rl);
    }

    @Override
    public int getTileHeight(int rl) {
        return source.getTileHeight(rl);
    }

    @Override
    public int getNomTileWidth() {
        return source.getNomTileWidth();
    }

    @Override
    public int getNomTileHeight() {
        return source.getNomTileHeight();
    }

    @Override
    public int getImgWidth(int rl) {
        return source.getImgWidth(rl);
    }

    @Override
    public int getImgHeight(int rl) {
        return source.getImgHeight(rl);
    }

    @Override
    public int getNumComps() {
        return source.getNumComps();
    }

    @Override
    public int getCompSubsX(int c) {
        return source.getCompSubsX(c);
    }

    @Override
    public int getCompSubsY(int c) {
        return source.getCompSubsY(c);
    }

    @Override
    public int getTileCompWidth(int t, int c, int rl) {
        return source.getTileCompWidth(t, c, rl);
    }

    @Override
    public int getTileCompHeight(int t, int c, int rl) {
        return source.getTileCompHeight(t, c, rl);
    }

    @Override
    public int getCompImgWidth(int c, int rl) {
        return source.getCompImgWidth(c, rl);
    }

    @Override
    public int getCompImgHeight(int c, int rl) {
        return source.getCompImgHeight(c, rl);
    }

    @Override
    public void setTile(int x, int y) {
        source.setTile(x, y);
    }

    @Override
    public void nextTile() {
        source.nextTile();
    }

    @Override
    public Point getTile(Point co) {
        return source.getTile(co);
    }

    @Override
    public int getTileIdx() {
        return source.getTileIdx();
    }

    @Override
    public int getResULX(int c, int rl) {
        return source.getResULX(c, rl);
    }

    @Override
    public int getResULY(int c, int rl) {
        return source.getResULY(c, rl);
    }

    @Override
    public int getImgULX(int rl) {
        return source.getImgULX(rl);
    }

    @Override
    public int getImgULY(int rl) {
        return source.getImgULY(rl);
    }

    @Override
    public int getTilePartULX() {
        return source.getTilePartULX();
    }

    @Override
    public int getTilePartULY() {
        return source.getTilePartULY();
    }

    @Override
    public Point getNumTiles(Point co) {
        return source.getNumTiles(co);
    }

    @Override
    public int getNumTiles() {
        return source.getNumTiles();
    }
}
