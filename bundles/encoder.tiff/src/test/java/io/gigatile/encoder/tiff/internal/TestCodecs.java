/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.tiff.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Encoder;
import io.gigatile.api.Raster;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Stand-ins for the server's JPEG and WebP encoders, which live in other bundles whose classes are internal: a
 * JPEG encoder on the JDK's ImageIO writer (the one the server's JPEG encoder uses where libjpeg-turbo is absent:
 * JFIF, YCbCr 4:2:0), and a WebP encoder on Debian's libwebp7 through JNA (the library the server's WebP encoder
 * calls, by the same simple API). The CI installs libwebp7; without it these tests fail rather than skip.
 */
final class TestCodecs {
    private TestCodecs() {
    }

    /** @return the codecs of a server with every one of them */
    static TiffCodecs all() {
        ZstdCodec zstd = ZstdLibrary.load(ZstdLibrary.NAMES).api()
                .orElseThrow(() -> new AssertionError("libzstd did not load: "
                        + ZstdLibrary.load(ZstdLibrary.NAMES).reason()));
        return new TiffCodecs(new ImageIoJpeg(), new LibWebpEncoder(), zstd);
    }

    /** JPEG by the JDK's writer, at the options' quality. */
    static final class ImageIoJpeg implements Encoder {
        @Override
        public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
            int w = raster.width();
            int h = raster.height();
            int bands = raster.bands();
            byte[] s = raster.bytes();
            BufferedImage image = new BufferedImage(w, h, bands == 1 ? BufferedImage.TYPE_BYTE_GRAY
                    : BufferedImage.TYPE_3BYTE_BGR);
            int[] pixel = new int[bands];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int b = 0; b < bands; b++) {
                        pixel[b] = s[(y * w + x) * bands + b] & 0xff;
                    }
                    image.getRaster().setPixel(x, y, pixel);
                }
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(Math.max(1, options.quality()) / 100f);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
    }

    /** libwebp's simple encoding API, as the server's WebP encoder maps it. */
    interface WebpApi extends Library {
        long WebPEncodeRGB(byte[] rgb, int width, int height, int stride, float quality, PointerByReference out);

        long WebPEncodeRGBA(byte[] rgba, int width, int height, int stride, float quality, PointerByReference out);

        void WebPFree(Pointer memory);
    }

    /** Lossy WebP by libwebp, RGB or RGBA, at the options' quality. */
    static final class LibWebpEncoder implements Encoder {
        private final WebpApi api = load();

        private static WebpApi load() {
            for (String name : List.of("webp", "libwebp.so.7")) {
                try {
                    return Native.load(name, WebpApi.class);
                } catch (UnsatisfiedLinkError e) {
                    // the next name
                }
            }
            throw new AssertionError("libwebp is missing: install libwebp7");
        }

        @Override
        public void encode(Raster raster, EncodeOptions options, OutputStream out) throws IOException {
            int bands = raster.bands();
            PointerByReference result = new PointerByReference();
            int w = raster.width();
            long size = bands == 4
                    ? api.WebPEncodeRGBA(raster.bytes(), w, raster.height(), w * 4, options.quality(), result)
                    : api.WebPEncodeRGB(raster.bytes(), w, raster.height(), w * 3, options.quality(), result);
            Pointer data = result.getValue();
            try {
                if (size <= 0) {
                    throw new IOException("libwebp failed");
                }
                out.write(data.getByteArray(0, (int) size));
            } finally {
                if (data != null) {
                    api.WebPFree(data);
                }
            }
        }
    }
}
