/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.itest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Malformed requests of every protocol, made by crossing each parameter with values that break parsers: missing,
 * negative, huge, overflowing, not a number, NaN and infinities, control and percent-encoded characters,
 * separators in the wrong place. A few valid requests come out too (a lenient parameter, a tile that exists):
 * the test asks only that nothing fails on the server's side.
 */
final class HostileRequests {
    static final List<String> VALUES = List.of("", "-1", "0", "-0", "1e309", "NaN", "nan", "Infinity", "-Infinity",
            "99999999999999999999", "2147483648", "-2147483649", "0x10", "1.5", ".5", "5.", "a", "%00", "%ff",
            "%20" + "1", "+1", "1e-400", "9".repeat(300), "1;2", "%2C", "1,2,3,4,5,6,7,8,9");
    private static final List<String> IIP_COMMANDS = List.of("JTL", "PTL", "TIL", "WID", "HEI", "QLT", "CNT",
            "GAM", "ROT", "RGN", "SDS", "MINMAX", "CVT", "SHD", "CMP", "INV", "LYR", "COL", "CTW", "OBJ", "PFL",
            "BIL", "ICC", "CNV", "NRM", "GRY", "EQL");
    private static final List<String> REGIONS = List.of("0,0,0,0", "0,0,-1,5", "-1,0,5,5", "1000000,0,5,5",
            "pct:0,0,0,0", "pct:NaN,0,10,10", "pct:0,0,100.0000001,1e309", "pct:-5,0,10,10", "pct:1e-400,0,50,50",
            "0,0,99999999999,99999999999", "0,0,2147483648,1", "a,b,c,d", "0,0,1", "0,0,1,1,1", "", "pct:",
            "0.5,0,10,10", "%200,0,1,1", "square,", "fulll");
    private static final List<String> SIZES = List.of("0,", ",0", "0,0", "!0,0", "^1000000,", "^!99999,99999",
            "pct:0", "pct:NaN", "pct:1e309", "pct:-1", "^pct:100000", "99999999999,", "2147483648,", "-1,", ",-1",
            "1,1,", "!,", "!1,", "^", "a,", "1e3,", ",", "^pct:", "100000,100000", "max,", "full!");
    private static final List<String> ROTATIONS = List.of("361", "-90", "1e309", "NaN", "!", "!!0", ".", "a", "0.",
            "360.0000001", "%2D1");
    private static final List<String> QUALITIES = List.of("default.exe", "default", ".jpg", "default.", "DEFAULT.JPG",
            "native.jpg", "bogus.jpg", "default.jpg.jpg", "gray", "%00.jpg");

    private HostileRequests() {
    }

    /**
     * @param image an existing image's identifier
     * @return the requests, each once
     */
    static List<String> on(String image) {
        Set<String> requests = new LinkedHashSet<>();
        String iip = "/fcgi-bin/iipsrv.fcgi?FIF=" + image + "&";
        for (String command : IIP_COMMANDS) {
            for (String value : VALUES) {
                requests.add(iip + command + "=" + value);
                requests.add(iip + "WID=40&" + command + "=0," + value + "&CVT=png");
            }
        }
        for (String value : VALUES) {
            requests.add(iip + "RGN=" + String.join(",", value, value, value, value) + "&CVT=jpeg");
            requests.add(iip + "RGN=0,0,1,1&WID=" + value + "&HEI=" + value + "&CVT=jpeg");
            requests.add(iip + "CTW=[" + value + "," + value + "," + value + "]&WID=20&CVT=jpeg");
        }
        requests.addAll(List.of("/fcgi-bin/iipsrv.fcgi", "/fcgi-bin/iipsrv.fcgi?", "/fcgi-bin/iipsrv.fcgi?FIF=",
                "/fcgi-bin/iipsrv.fcgi?&&&&=", "/fcgi-bin/iipsrv.fcgi?JTL=0,0", iip + "FIF=" + image + "&JTL=0,0",
                iip + "JTL=0,0&JTL=1,0", iip + "CVT=jpeg&CVT=png", iip + "%=1", "/fcgi-bin/iipsrv.fcgi?FIF=%zz",
                "/fcgi-bin/iipsrv.fcgi?FIF=" + "a".repeat(5000) + "&JTL=0,0"));
        for (String version : List.of("2", "3")) {
            String base = "/iiif/" + version + "/" + image + "/";
            REGIONS.forEach(r -> requests.add(base + r + "/max/0/default.jpg"));
            SIZES.forEach(s -> requests.add(base + "full/" + s + "/0/default.jpg"));
            SIZES.forEach(s -> requests.add(base + "0,0,10,10/" + s + "/0/default.png"));
            ROTATIONS.forEach(r -> requests.add(base + "full/50,/" + r + "/default.jpg"));
            QUALITIES.forEach(q -> requests.add(base + "full/50,/0/" + q));
            requests.addAll(List.of(base + "info.jsonx", base + "full/max/0", base + "full/max/0/default.jpg/x",
                    base + "/max/0/default.jpg", base + "full//0/default.jpg", "/iiif/" + version + "/%/info.json",
                    "/iiif/" + version + "/%zz/info.json", "/iiif/" + version + "/" + "a".repeat(5000) + "/info.json"));
        }
        List<String> levels = List.of("-1", "a", "99", "2147483648", "");
        List<String> tiles = List.of("-1_0", "0_-1", "a_b", "0", "0_0_0", "_", "2147483648_0", "99999_99999");
        for (String level : levels) {
            for (String tile : tiles) {
                requests.add("/deepzoom/" + image + "_files/" + level + "/" + tile + ".jpg");
                requests.add("/zoomify/" + image + "/TileGroup0/" + level + "-" + tile.replace('_', '-') + ".jpg");
            }
        }
        requests.addAll(List.of("/deepzoom/" + image + "_files/8/0_0.exe", "/deepzoom/" + image + "_files/8/0_0",
                "/deepzoom/" + image + ".dzx", "/deepzoom/.dzi", "/zoomify/" + image + "/TileGroup-1/0-0-0.jpg",
                "/zoomify/" + image + "/TileGroupa/0-0-0.jpg", "/zoomify/" + image + "/TileGroup99999999999/0-0-0.jpg",
                "/zoomify/ImageProperties.xml", "/?page=-1", "/?page=a", "/?page=99999999999", "/?dir=..%2F"));
        return new ArrayList<>(requests);
    }
}
