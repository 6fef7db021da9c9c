/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.protocol.iip.internal;

import io.gigatile.api.ImageNotFoundException;
import java.util.List;

/**
 * The view a request names, by angles as iipsrv's View holds them: horizontal 0 and vertical 90 until SDS or JTLS
 * names others. iipsrv opens the file the angles name; a single image has one file whatever the angles, and an
 * image stack ignores the vertical one. So an axis with one angle takes any value, and on an axis with several an
 * angle the image lacks is not found, as iipsrv answers for the missing file. Not thread-safe: one per request.
 */
final class ViewChoice {
    /** iipsrv's View starts every image at horizontal angle 0 and vertical angle 90. */
    static final int DEFAULT_X_ANGLE = 0;
    static final int DEFAULT_Y_ANGLE = 90;

    private int xAngle = DEFAULT_X_ANGLE;
    private int yAngle = DEFAULT_Y_ANGLE;
    private boolean chosen;

    /** Back to the default angles, as FIF does. */
    void reset() {
        xAngle = DEFAULT_X_ANGLE;
        yAngle = DEFAULT_Y_ANGLE;
        chosen = false;
    }

    /**
     * @param x the horizontal angle a client named
     * @param y the vertical angle
     */
    void choose(int x, int y) {
        xAngle = x;
        yAngle = y;
        chosen = true;
    }

    /**
     * @param angles the image's horizontal angles
     * @return the index of the chosen horizontal angle
     * @throws ImageNotFoundException if the image has several and not that one
     */
    int x(List<Integer> angles) {
        return index(angles, xAngle);
    }

    /**
     * @param angles the image's vertical angles
     * @return the index of the chosen vertical angle
     * @throws ImageNotFoundException if the image has several and not that one
     */
    int y(List<Integer> angles) {
        return index(angles, yAngle);
    }

    /** The default angles fall back to the first view, for decoders whose pages do not start at 0. */
    private int index(List<Integer> angles, int angle) {
        int index = angles.indexOf(angle);
        if (angles.size() == 1 || (index < 0 && !chosen)) {
            return 0;
        }
        if (index < 0) {
            throw new ImageNotFoundException("the image has no view at that angle");
        }
        return index;
    }
}
