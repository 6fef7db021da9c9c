/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.decoder.jpeg2000.internal;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReadParamJava;
import io.gigatile.api.DecodeFailureException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jj2000.j2k.codestream.HeaderInfo;
import jj2000.j2k.codestream.reader.HeaderDecoder;
import jj2000.j2k.io.RandomAccessIO;

/**
 * jj2000's header decoder, with packed packet headers (PPM, PPT) that fail when they run out. jj2000's packet
 * header reader takes the -1 of an exhausted stream, or a 0xFF after a 0xFF, as ones without end and spins in
 * its Lblock loop; {@link CodestreamView} guards the packet headers read from the codestream itself, this the
 * ones jj2000 reads from memory.
 */
final class PackedHeaderDecoder extends HeaderDecoder {

    /**
     * @param view the codestream, from SOC
     * @param param the read parameters
     * @param info what the headers hold, filled in
     * @throws IOException if the codestream ends too soon
     */
    PackedHeaderDecoder(RandomAccessIO view, J2KImageReadParamJava param, HeaderInfo info) throws IOException {
        super(view, param, info);
    }

    @Override
    public ByteArrayInputStream getPackedPktHead(int tile) throws IOException {
        return new Guarded(super.getPackedPktHead(tile).readAllBytes());
    }

    /** Bytes that end in a failure rather than in -1, and refuse a 0xFF after a 0xFF. */
    private static final class Guarded extends ByteArrayInputStream {
        private boolean afterFf;

        Guarded(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b < 0 || (afterFf && b == 0xFF)) {
                throw new DecodeFailureException("the packed packet headers of a JPEG 2000 tile are corrupt");
            }
            afterFf = b == 0xFF;
            return b;
        }
    }
}
