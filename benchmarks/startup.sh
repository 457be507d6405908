#!/usr/bin/env bash
# Cold start, side by side, as whole processes: N alternating rounds of
#   java -version                      the JVM alone
#   ./cpo --version                    the launcher, the JVM and picocli
#   ./cpo check SAMPLE                 a CI step's cold check of a small sample
#   Checkstyle, one small Java file    java -jar-style cold run of com.puppycrawl.tools:checkstyle
#                                      (-c /sun_checks.xml Small.java), the usual yardstick
# each round running every command once, in turn (so a busy neighbour slows all of them
# alike); then the median wall time of each, its median CPU time (user + system), and the
# ratio of cpo check to Checkstyle. The machine's load is printed before and after: on a
# shared machine, compare ratios rather than times.
#
#   benchmarks/startup.sh [--detail]        RUNS=21 SAMPLE=samples/ai-factory.cpo benchmarks/startup.sh
#
# --detail also times the JVM variants (no CDS, the JDK's CDS only, default JIT) and Checkstyle
# with a CDS archive of its own, and prints where a cold check goes (StartupProbe).
# Needs Java 17 and Maven (Checkstyle is fetched once from Maven Central into
# benchmarks/target/startup/checkstyle); uses GNU time for CPU times when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"


detail=0
for a in "$@"; do
  case "$a" in
    --detail) detail=1 ;;
    *) echo "usage: benchmarks/startup.sh [--detail]" >&2; exit 2 ;;
  esac
done
runs="${RUNS:-15}"
checkstyle_version="${CHECKSTYLE_VERSION:-10.26.1}"   # pinned: the last line that runs on Java 11+
sample="${SAMPLE:-samples/inference-edge.cpo}"
small=benchmarks/startup/Small.java
work=benchmarks/target/startup
mkdir -p "$work"

# Checkstyle and its dependencies from Maven Central (no -all jar is published there), once
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

# the launcher as a CI step meets it: built (on first use, as on a fresh clone) and its
# class-data-sharing archive made; neither is timed
./cpo --version >/dev/null

labels=("java -version" "cpo --version" "cpo check $sample" "checkstyle $checkstyle_version, one file")
commands=("java -version"
          "./cpo --version"
          "./cpo check $sample"
          "java -cp '$cs_cp' com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml $small")
if [ "$detail" = 1 ]; then
  cpo_cp="advisor/target/cpo-advisor.jar:advisor/target/lib/*"
  opts="-XX:+UseParallelGC -XX:TieredStopAtLevel=1"   # the launcher's
  rm -f "$work/checkstyle.jsa"
  java -XX:ArchiveClassesAtExit="$work/checkstyle.jsa" -cp "$cs_cp" com.puppycrawl.tools.checkstyle.Main \
    -c /sun_checks.xml "$small" >/dev/null 2>&1 || true
  labels+=("  check: java, the JDK's CDS only" "  check: java, no CDS at all" "  check: launcher's archive, default JIT"
           "  checkstyle with a CDS archive of its own")
  commands+=("java $opts -Xshare:auto -cp '$cpo_cp' org.cpoadvisor.advisor.cli.Main check $sample"
             "java $opts -Xshare:off -cp '$cpo_cp' org.cpoadvisor.advisor.cli.Main check $sample"
             "java -XX:+UseParallelGC -XX:SharedArchiveFile=$root/advisor/target/cpo-advisor.jsa -cp '$root/$cpo_cp' org.cpoadvisor.advisor.cli.Main check $sample"
             "java -XX:SharedArchiveFile=$work/checkstyle.jsa -cp '$cs_cp' com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml $small")
fi

before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Cold start, whole processes: $runs alternating rounds ($(java -version 2>&1 | head -n 1); $(nproc) cores; load $before)"
for i in "${!commands[@]}"; do bash -c "${commands[$i]}" >/dev/null 2>&1 || true; done   # the OS file cache, not the JVM
timing="$(mktemp)"; cpu="$(mktemp)"
for round in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -o "$cpu" -f '%U %S' bash -c "exec ${commands[$i]}" >/dev/null 2>&1 || true
    else
      bash -c "exec ${commands[$i]}" >/dev/null 2>&1 || true
      echo "- -" >"$cpu"
    fi
    t1=$(date +%s%N)
    read -r u s < <(tail -n 1 "$cpu")
    echo "$i $(( (t1 - t0) / 1000000 )) $(awk -v u="$u" -v s="$s" 'BEGIN {if (u == "-") print "-"; else printf "%d", (u + s) * 1000}')" >>"$timing"
  done
done
after="$(cut -d' ' -f1-3 /proc/loadavg)"

# median wall, min, max and median CPU of command i
stats() {
  awk -v i="$1" '$1 == i {w[++n] = $2; c[n] = $3}
    function med(a, n,   j, k, t) { for (j = 2; j <= n; j++) { t = a[j]; for (k = j - 1; k > 0 && a[k] + 0 > t + 0; k--) a[k + 1] = a[k]; a[k + 1] = t }
                                     return a[int((n + 1) / 2)] }
    END { m = med(w, n); lo = w[1]; hi = w[n]; printf "%d %d %d %s\n", m, lo, hi, (c[1] == "-" ? "-" : med(c, n)) }' "$timing"
}
printf '  %-44s %9s %9s %13s\n' "" "median" "CPU" "(min - max)"
for i in "${!commands[@]}"; do
  read -r m lo hi c < <(stats "$i")
  printf '  %-44s %6d ms %6s ms %13s\n' "${labels[$i]}" "$m" "$c" "($lo - $hi)"
  eval "median_$i=$m"
done
awk -v c="$median_2" -v s="$median_3" -v v="$median_1" -v j="$median_0" 'BEGIN {
  printf "  cpo check / checkstyle, medians:   %.2fx   (target: at most 0.35x)\n", c / s
  printf "  cpo --version / java -version:      %.1fx\n", v / j }'
echo "  load before $before, after $after"
rm -f "$timing" "$cpu"

if [ "$detail" = 1 ]; then
  echo
  echo "Where a cold cpo check goes (one fresh JVM each, the launcher's options):"
  mvn -q -B -DskipTests -pl benchmarks -am package
  probe_cp="benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*"
  rm -f "$work/probe.jsa"
  java $opts -XX:ArchiveClassesAtExit="$work/probe.jsa" -cp "$probe_cp" org.cpoadvisor.benchmarks.StartupProbe "$sample" \
    >/dev/null 2>&1 || true
  java $opts -XX:SharedArchiveFile="$work/probe.jsa" -cp "$probe_cp" org.cpoadvisor.benchmarks.StartupProbe "$sample" \
    | sed 's/^/    /'
fi
