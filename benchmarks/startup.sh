#!/usr/bin/env bash
# Cold start, side by side, as whole processes (medians of several runs):
#   cpo check of a small sample: the launcher as shipped (./cpo, with its class-data-sharing
#   archive), the plain JVM without and with an application CDS archive;
#   Checkstyle's cold check of one small Java file (sun_checks), the usual yardstick of a
#   Java command-line checker, without and with a CDS archive of its own;
# then where cpo's cold start goes (StartupProbe: picocli, ANTLR, Drools, Jackson).
#
#   benchmarks/startup.sh            RUNS=15 benchmarks/startup.sh
#
# Needs Java 17 and Maven; hyperfine is used when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. benchmarks/common.sh

checkstyle_version="${CHECKSTYLE_VERSION:-10.26.1}"   # the last line that runs on Java 11+
sample=samples/inference-edge.cpo
work=benchmarks/target/startup
mkdir -p "$work"

echo "building (tests skipped) ..."
mvn -q -B -DskipTests -pl benchmarks -am package
cpo_cp="advisor/target/cpo-advisor.jar:advisor/target/lib/*"
opts=(-XX:+UseParallelGC -XX:TieredStopAtLevel=1)   # the launcher's

# an application CDS archive of cpo, as the launcher makes it: one training run
rm -f "$work/cpo.jsa"
java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/cpo.jsa" -cp "$cpo_cp" org.cpoadvisor.advisor.cli.Main \
  advise --format json "$sample" >/dev/null 2>&1 || true
# the launcher's own archive (made on its first run after a build)
./cpo --version >/dev/null

# Checkstyle, resolved from Maven Central with its dependencies
cs="$work/checkstyle"
if [ ! -f "$cs/lib/checkstyle-$checkstyle_version.jar" ]; then
  echo "fetching Checkstyle $checkstyle_version ..."
  mkdir -p "$cs"
  cat >"$cs/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>checkstyle-classpath</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId><version>$checkstyle_version</version></dependency>
  </dependencies>
</project>
POM
  (cd "$cs" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies -DoutputDirectory=lib)
fi
cs_cp="$cs/lib/*"
small=benchmarks/startup/Small.java
rm -f "$work/checkstyle.jsa"
java -XX:ArchiveClassesAtExit="$work/checkstyle.jsa" -cp "$cs_cp" com.puppycrawl.tools.checkstyle.Main \
  -c /sun_checks.xml "$small" >/dev/null 2>&1 || true

echo
echo "Cold start, whole processes ($(java -version 2>&1 | head -n 1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
measure "cpo check $sample: ./cpo (launcher, CDS archive)" ./cpo check "$sample"
measure "  java, the JDK's CDS only (the launcher before)" java "${opts[@]}" -Xshare:auto -cp "$cpo_cp" \
  org.cpoadvisor.advisor.cli.Main check "$sample"
measure "  java, no CDS at all" java "${opts[@]}" -Xshare:off -cp "$cpo_cp" org.cpoadvisor.advisor.cli.Main check "$sample"
measure "  java, application CDS archive" java "${opts[@]}" -XX:SharedArchiveFile="$work/cpo.jsa" -cp "$cpo_cp" \
  org.cpoadvisor.advisor.cli.Main check "$sample"
measure "  java, application CDS, default JIT and GC" java -XX:SharedArchiveFile="$work/cpo.jsa" -cp "$cpo_cp" \
  org.cpoadvisor.advisor.cli.Main check "$sample"
measure "  cpo --version (JVM and picocli only), CDS" java "${opts[@]}" -XX:SharedArchiveFile="$work/cpo.jsa" -cp "$cpo_cp" \
  org.cpoadvisor.advisor.cli.Main --version
measure "checkstyle $checkstyle_version -c /sun_checks.xml Small.java" java -cp "$cs_cp" \
  com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml "$small"
measure "  checkstyle with its own CDS archive" java -XX:SharedArchiveFile="$work/checkstyle.jsa" -cp "$cs_cp" \
  com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml "$small"

echo
echo "Where a cold cpo check goes (one fresh JVM each, the launcher's options):"
probe_cp="benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*"
echo " without an application CDS archive:"
java "${opts[@]}" -Xshare:auto -cp "$probe_cp" org.cpoadvisor.benchmarks.StartupProbe "$sample" | sed 's/^/    /'
rm -f "$work/probe.jsa"
java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/probe.jsa" -cp "$probe_cp" org.cpoadvisor.benchmarks.StartupProbe "$sample" \
  >/dev/null 2>&1 || true
echo " with one:"
java "${opts[@]}" -XX:SharedArchiveFile="$work/probe.jsa" -cp "$probe_cp" org.cpoadvisor.benchmarks.StartupProbe "$sample" \
  | sed 's/^/    /'
printf '  archive sizes: cpo %s, checkstyle %s\n' "$(du -h "$work/cpo.jsa" | cut -f1)" "$(du -h "$work/checkstyle.jsa" | cut -f1)"
