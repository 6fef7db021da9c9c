/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.encoder.png.internal;

import static io.gigatile.api.testing.Encoding.decode;
import static io.gigatile.api.testing.Encoding.encode;
import static io.gigatile.encoder.png.internal.Pngs.assertSamePixels;
import static io.gigatile.encoder.png.internal.Pngs.chunks;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigatile.api.EncodeOptions;
import io.gigatile.api.Raster;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngMetadataTest {
    private static final String XMP = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:title>Zürich ☃</dc:title></x:xmpmeta>";

    private final PngEncoder encoder = new PngEncoder(1);

    @Test
    void rgbProfileGoesIntoIccpBeforeThePixels() throws Exception {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Raster raster = Pngs.bytes(24, 16, 3, 1);

        byte[] png = encode(encoder, raster, new EncodeOptions(-1, profile, null));

        List<Pngs.Chunk> chunks = chunks(png);
        assertThat(chunks).extracting(Pngs.Chunk::type).containsExactly("IHDR", "iCCP", "IDAT", "IEND");
        byte[] data = chunks.get(1).data();
        assertThat(new String(data, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("ICC\0\0");
        assertThat(inflate(Arrays.copyOfRange(data, 5, data.length))).isEqualTo(profile);
        assertThat(nativeNode(png, "iCCP").getAttribute("profileName")).isEqualTo("ICC");
        assertSamePixels(raster, decode(png));
    }

    @Test
    void theResolutionGoesIntoPhysInPixelsPerMetre() throws Exception {
        byte[] png = encode(encoder, Pngs.bytes(24, 16, 3, 1), new EncodeOptions(-1, null, null, 300, 150));

        assertThat(chunks(png)).extracting(Pngs.Chunk::type).containsExactly("IHDR", "pHYs", "IDAT", "IEND");
        java.nio.ByteBuffer phys = java.nio.ByteBuffer.wrap(chunks(png, "pHYs").get(0).data());
        assertThat(phys.getInt()).isEqualTo(11811);
        assertThat(phys.getInt()).isEqualTo(5906);
        assertThat(phys.get()).as("unit: metre").isEqualTo((byte) 1);
    }

    @Test
    void greyProfileGoesWithGreyImages() throws Exception {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData();
        Raster raster = Pngs.bytes(10, 10, 2, 1);

        byte[] png = encode(encoder, raster, new EncodeOptions(-1, profile, null));

        assertThat(chunks(png, "iCCP")).singleElement()
                .satisfies(c -> assertThat(inflate(Arrays.copyOfRange(c.data(), 5, c.data().length)))
                        .isEqualTo(profile));
        assertSamePixels(raster, decode(png));
    }

    @Test
    void profileOfTheWrongColourSpaceIsLeftOut() {
        byte[] rgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] grey = ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData();

        assertThat(chunks(encode(encoder, Pngs.bytes(8, 8, 1, 1), new EncodeOptions(-1, rgb, null)), "iCCP"))
                .isEmpty();
        assertThat(chunks(encode(encoder, Pngs.bytes(8, 8, 4, 1), new EncodeOptions(-1, grey, null)), "iCCP"))
                .isEmpty();
        assertThat(chunks(encode(encoder, Pngs.bytes(8, 8, 3, 1), new EncodeOptions(-1, new byte[] {1, 2}, null)),
                "iCCP")).isEmpty();
    }

    @Test
    void xmpGoesIntoAnUncompressedItxt() throws Exception {
        Raster raster = Pngs.shorts(12, 12, 3, 16, 1);

        byte[] png = encode(encoder, raster, new EncodeOptions(-1, null, XMP));

        byte[] data = chunks(png, "iTXt").get(0).data();
        byte[] head = (PngMetadata.XMP_KEYWORD + "\0\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Arrays.copyOf(data, head.length)).isEqualTo(head);
        assertThat(new String(data, head.length, data.length - head.length, StandardCharsets.UTF_8)).isEqualTo(XMP);
        Element text = (Element) nativeNode(png, "iTXt").getFirstChild();
        assertThat(text.getAttribute("keyword")).isEqualTo(PngMetadata.XMP_KEYWORD);
        assertThat(text.getAttribute("text")).isEqualTo(XMP);
        assertSamePixels(raster, decode(png));
    }

    @Test
    void profileAndXmpTogether() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        byte[] png = encode(encoder, Pngs.bytes(8, 8, 4, 1), new EncodeOptions(3, profile, XMP));

        assertThat(chunks(png)).extracting(Pngs.Chunk::type).containsExactly("IHDR", "iCCP", "iTXt", "IDAT", "IEND");
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                assertThat(n > 0 || !inflater.needsInput()).as("complete zlib stream").isTrue();
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** The named node of ImageIO's native PNG metadata, proving the JDK's reader understands the chunk. */
    private static Element nativeNode(byte[] png, String name) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node root = metadata.getAsTree(metadata.getNativeMetadataFormatName());
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals(name)) {
                        return (Element) n;
                    }
                }
                throw new AssertionError("no " + name + " in ImageIO's metadata");
            } finally {
                reader.dispose();
            }
        }
    }
}
