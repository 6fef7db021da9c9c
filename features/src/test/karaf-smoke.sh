#!/usr/bin/env bash
# Copyright 2026 The Gigatile Authors
# SPDX-License-Identifier: Apache-2.0
#
# Smoke test of the features on a real Karaf: unpacks Apache Karaf into a temporary folder, listens on free
# loopback ports only, installs the feature named by $1 (default gigatile) from the features repository in
# the local Maven repository, and expects HTTP 200 from iipsrv's URL and every bundle active.
# Needs Java 17 to 23 (Karaf 4.4 enables the Security Manager, which Java 24 removed), curl, python3,
# and `mvn install` of Gigatile first. Usage: features/src/test/karaf-smoke.sh [feature]
set -euo pipefail

feature="${1:-gigatile}"
module="$(cd "$(dirname "$0")/../.." && pwd)"
karaf_version=4.4.10
# Maven 3.8 colours -q output even in batch mode
evaluate() { (cd "$module" && mvn -B -q help:evaluate -Dexpression="$1" -DforceStdout) | sed 's/\x1b\[[0-9;]*m//g'; }
version="$(evaluate project.version)"
m2="$(evaluate settings.localRepository)"

java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${java_major%%.*}" -ge 24 ]; then
    echo "Karaf $karaf_version needs Java 17-23; java here is $java_major" >&2
    exit 2
fi
if [ ! -f "$m2/io/gigatile/features/$version/features-$version-features.xml" ]; then
    echo "io.gigatile:features:$version is not in $m2: run mvn install first" >&2
    exit 2
fi

work="$(mktemp -d)"
home="$work/apache-karaf-$karaf_version"
started=""
finish() {
    if [ -n "$started" ]; then
        "$home/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 60); do "$home/bin/status" >/dev/null 2>&1 || break; sleep 1; done
    fi
    rm -rf "$work"
}
trap finish EXIT

mvn -B -q dependency:copy -Dartifact="org.apache.karaf:apache-karaf:$karaf_version:tar.gz" -DoutputDirectory="$work"
tar xzf "$work/apache-karaf-$karaf_version.tar.gz" -C "$work"

read -r http_port ssh_port rmi_registry_port rmi_server_port < <(python3 -c '
import socket
sockets = [socket.socket() for _ in range(4)]
for s in sockets:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in sockets))')

etc="$home/etc"
cat > "$etc/org.apache.felix.http.cfg" <<CFG
org.osgi.service.http.port = $http_port
org.apache.felix.http.host = 127.0.0.1
CFG
sed -i -e "s/^sshPort *=.*/sshPort = $ssh_port/" -e "s/^sshHost *=.*/sshHost = 127.0.0.1/" "$etc/org.apache.karaf.shell.cfg"
sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $rmi_registry_port/" \
       -e "s/^rmiServerPort *=.*/rmiServerPort = $rmi_server_port/" "$etc/org.apache.karaf.management.cfg"
sed -i -e 's/^#karaf = /karaf = /' -e 's/^#_g_\\:admingroup = /_g_\\:admingroup = /' "$etc/users.properties"
# Maven Central and the local repository only: no snapshot repositories to wait for
cat >> "$etc/org.ops4j.pax.url.mvn.cfg" <<CFG
org.ops4j.pax.url.mvn.localRepository = $m2
org.ops4j.pax.url.mvn.repositories = https://repo.maven.apache.org/maven2@id=central
CFG

export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
"$home/bin/start"
started=yes
client() { "$home/bin/client" -h 127.0.0.1 -a "$ssh_port" -u karaf -p karaf -r 60 -d 1 -b "$@"; }

t0=$(date +%s)
echo "feature:repo-add mvn:io.gigatile/features/$version/xml/features
feature:install $feature" | client
echo "Karaf start and feature:install $feature took $(( $(date +%s) - t0 )) s"

url="http://127.0.0.1:$http_port/fcgi-bin/iipsrv.fcgi?OBJ=IIP,1.0"
status=000
for _ in $(seq 60); do
    status="$(curl -s -o "$work/body" -w '%{http_code}' "$url" || true)"
    [ "$status" = 200 ] && break
    sleep 1
done
echo "GET $url -> $status: $(head -c 200 "$work/body" 2>/dev/null || true)"

echo "bundle:list -t 0 --no-format" | client > "$work/bundles"
# --no-format prints tab-separated columns: id, state, start level, version, name; fragments (", Hosts:")
# stay Resolved
gigatile_bundles="$(awk -F'\t' '$5 ~ /^Gigatile /' "$work/bundles" | wc -l)"
not_active="$(awk -F'\t' '$1 ~ /^ *[0-9]+ *$/ && $2 !~ /^Active/ && $5 !~ /, Hosts:/' "$work/bundles")"
echo "Gigatile bundles installed: $gigatile_bundles; bundles not active: ${not_active:-none}"
[ "$status" = 200 ] && [ "$gigatile_bundles" -ge 8 ] && [ -z "$not_active" ]
