/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.viewer.internal;

import static io.gigatile.viewer.internal.Html.escape;

import io.gigatile.api.ListingEntry;
import java.util.List;

/**
 * The viewer's HTML: the folder page, the image page and the message page. Every identifier and name is escaped
 * where it lands in text or an attribute, and URL-encoded where it lands in a URL; the pages hold no inline
 * script, so the Content-Security-Policy can forbid it.
 */
final class Pages {
    private final Links links;

    Pages(Links links) {
        this.links = links;
    }

    /**
     * @param folder the folder's identifier, "" for the root
     * @param entries the page's entries
     * @param page the page number, from 1
     * @param pages how many pages the folder has
     * @param thumbnail the thumbnails' largest side in pixels
     * @return the folder page
     */
    String folder(String folder, List<ListingEntry> entries, int page, int pages, int thumbnail) {
        StringBuilder html = head(folder.isEmpty() ? "Images" : folder);
        crumbs(html, folder);
        if (entries.isEmpty()) {
            html.append("<p class=\"empty\">No images here.</p>\n");
        }
        html.append("<ul class=\"entries\">\n");
        for (ListingEntry e : entries) {
            String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
            html.append("<li class=\"").append(kind).append("\">");
            if (e.kind() == ListingEntry.Kind.FOLDER) {
                html.append("<a href=\"").append(escape(links.folder(e.identifier(), 1))).append("\">")
                        .append("<span class=\"icon\">&#128193;</span><span class=\"name\">")
                        .append(escape(e.name())).append("/</span></a>");
            } else {
                html.append("<a href=\"").append(escape(links.view(e.identifier()))).append("\">")
                        .append("<img class=\"thumb\" alt=\"\" src=\"")
                        .append(escape(links.thumbnail(e.identifier(), thumbnail))).append("\">")
                        .append("<span class=\"name\">").append(escape(e.name()))
                        .append(e.kind() == ListingEntry.Kind.SEQUENCE ? " <small>(sequence)</small>" : "")
                        .append("</span></a>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        if (pages > 1) {
            html.append("<nav class=\"pages\">");
            if (page > 1) {
                html.append("<a rel=\"prev\" href=\"").append(escape(links.folder(folder, page - 1)))
                        .append("\">previous</a> ");
            }
            html.append("page ").append(page).append(" of ").append(pages);
            if (page < pages) {
                html.append(" <a rel=\"next\" href=\"").append(escape(links.folder(folder, page + 1)))
                        .append("\">next</a>");
            }
            html.append("</nav>\n");
        }
        return tail(html);
    }

    /**
     * @param identifier the image's identifier
     * @return the page with OpenSeadragon on the image's IIIF info.json, and its protocol links
     */
    String image(String identifier) {
        StringBuilder html = head(identifier);
        int slash = identifier.lastIndexOf('/', identifier.length() - 2);
        crumbs(html, slash < 0 ? "" : identifier.substring(0, slash + 1));
        html.append("<h2>").append(escape(identifier)).append("</h2>\n<ul class=\"links\">")
                .append(link(links.iiifInfo(identifier), "IIIF 3 info.json"))
                .append(link(links.iiif2Info(identifier), "IIIF 2 info.json"))
                .append(link(links.deepZoom(identifier), "DeepZoom .dzi"))
                .append(link(links.zoomify(identifier), "Zoomify ImageProperties.xml"))
                .append("</ul>\n<div id=\"viewer\" data-tiles=\"").append(escape(links.iiifInfo(identifier)))
                .append("\" data-images=\"").append(escape(links.staticFile("openseadragon/images/")))
                .append("\" data-state=\"loading\"></div>\n<script src=\"")
                .append(escape(links.staticFile("openseadragon/openseadragon.min.js"))).append("\"></script>\n");
        return tail(html);
    }

    /**
     * @param title the page's heading
     * @param message what to say
     * @return a page with a message and the form to open an identifier
     */
    String message(String title, String message) {
        StringBuilder html = head(title);
        crumbs(html, "");
        html.append("<p class=\"message\">").append(escape(message)).append("</p>\n");
        return tail(html);
    }

    private StringBuilder head(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append(" - Gigatile</title>\n<link rel=\"stylesheet\" href=\"")
                .append(escape(links.staticFile("viewer.css"))).append("\">\n</head>\n<body>\n<header><a class=\"home\" href=\"")
                .append(escape(links.home())).append("\">Gigatile</a>\n<form action=\"")
                .append(escape(links.viewForm())).append("\" method=\"get\">")
                .append("<input name=\"id\" placeholder=\"identifier, such as maps/sheet12.tif\" aria-label=\"identifier\">")
                .append("<button>Open</button></form></header>\n<main>\n");
    }

    /** The folder path, each part a link to its own listing. */
    private void crumbs(StringBuilder html, String folder) {
        html.append("<nav class=\"crumbs\"><a href=\"").append(escape(links.home())).append("\">images</a>");
        int start = 0;
        for (int end = folder.indexOf('/'); end >= 0; end = folder.indexOf('/', start)) {
            String part = folder.substring(start, end + 1);
            html.append(" / <a href=\"").append(escape(links.folder(folder.substring(0, end + 1), 1))).append("\">")
                    .append(escape(part.substring(0, part.length() - 1))).append("</a>");
            start = end + 1;
        }
        html.append("</nav>\n");
    }

    private static String link(String url, String text) {
        return "<li><a href=\"" + escape(url) + "\">" + escape(text) + "</a></li>";
    }

    private String tail(StringBuilder html) {
        return html.append("</main>\n<script src=\"").append(escape(links.staticFile("viewer.js")))
                .append("\"></script>\n</body>\n</html>\n").toString();
    }
}
