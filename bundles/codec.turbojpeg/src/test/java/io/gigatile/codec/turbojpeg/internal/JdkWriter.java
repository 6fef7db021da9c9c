/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.codec.turbojpeg.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The JDK's JPEG writer, with its stream metadata changed to make the kinds of stream the tests need. */
final class JdkWriter {
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    /** What to change in the JDK's default stream. */
    enum Variant {
        /** Baseline JFIF, colour as YCbCr 4:2:0: the JDK's default. */
        PLAIN,
        /** Progressive JFIF. */
        PROGRESSIVE,
        /** YCbCr without chroma subsampling. */
        YCBCR_444,
        /** Luma sampled 4 x 2 (4:1:0), outside TurboJPEG's named subsamplings. */
        YCBCR_410,
        /** No JFIF marker, an Adobe marker with transform 0: samples stored as RGB, 4:4:4. */
        ADOBE_RGB
    }

    private JdkWriter() {
    }

    /**
     * @param image grey or RGB
     * @param quality 1 to 100, as the JDK's quality times 100
     * @param variant the kind of stream
     * @return the stream
     */
    static byte[] write(BufferedImage image, int quality, Variant variant) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            if (variant == Variant.PROGRESSIVE) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            Element root = (Element) metadata.getAsTree(FORMAT);
            change(root, variant);
            metadata.setFromTree(FORMAT, root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return out.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static void change(Element root, Variant variant) {
        switch (variant) {
            case YCBCR_444 -> sampling(root, 1, 1);
            case YCBCR_410 -> sampling(root, 4, 2);
            case ADOBE_RGB -> {
                Node variety = root.getElementsByTagName("JPEGvariety").item(0);
                while (variety.hasChildNodes()) {
                    variety.removeChild(variety.getFirstChild());
                }
                IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
                adobe.setAttribute("transform", "0");
                Node markers = root.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(adobe, markers.getFirstChild());
                sampling(root, 1, 1);
            }
            default -> {
                // the JDK's defaults
            }
        }
    }

    /** Sets the first component's sampling factors, the others' to 1 x 1. */
    private static void sampling(Element root, int h, int v) {
        NodeList specs = root.getElementsByTagName("componentSpec");
        for (int i = 0; i < specs.getLength(); i++) {
            Element spec = (Element) specs.item(i);
            spec.setAttribute("HsamplingFactor", Integer.toString(i == 0 ? h : 1));
            spec.setAttribute("VsamplingFactor", Integer.toString(i == 0 ? v : 1));
        }
    }
}
