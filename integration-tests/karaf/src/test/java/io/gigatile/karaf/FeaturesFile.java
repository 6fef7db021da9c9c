/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.karaf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a Karaf features file, so that the test checks whatever bundles the features list today. */
final class FeaturesFile {

    private FeaturesFile() {
    }

    /**
     * @return the bundle URLs of the named feature and of the features it includes from the same file (features
     *         of other repositories, such as Karaf's {@code scr}, are left out)
     */
    static List<String> bundles(Path file, String feature) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        Map<String, Element> features = new HashMap<>();
        for (Element e : children(doc.getDocumentElement(), "feature")) {
            features.put(e.getAttribute("name"), e);
        }
        if (!features.containsKey(feature)) {
            throw new AssertionError("no feature " + feature + " in " + file);
        }
        Set<String> bundles = new LinkedHashSet<>();
        collect(features, feature, bundles, new LinkedHashSet<>());
        return new ArrayList<>(bundles);
    }

    private static void collect(Map<String, Element> features, String name, Set<String> bundles, Set<String> seen) {
        Element feature = features.get(name);
        if (feature == null || !seen.add(name)) {
            return;
        }
        for (Element b : children(feature, "bundle")) {
            bundles.add(b.getTextContent().trim());
        }
        for (Element f : children(feature, "feature")) {
            collect(features, f.getTextContent().trim(), bundles, seen);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
