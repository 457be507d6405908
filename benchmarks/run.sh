#!/usr/bin/env bash
# The performance figures of cpo-advisor (README, Performance):
#   1. a cold `cpo check` of a sample as a whole process (median of several runs);
#   2. advice on generated estates of 100, 1,000 and 10,000 clusters: whole-process wall
#      time and peak memory with a 1 GiB heap, then in one JVM the first advice and the
#      median warm read and advice, the peak heap, and how the cost grows (10x clusters);
#   3. with --jmh: the JMH benchmarks (AdviseBenchmark: advise, read, engine; -prof gc);
#   4. the REPL's set + advise latency, when the REPL's latency benchmark is there.
#
#   benchmarks/run.sh [--jmh] [--quick]       RUNS=15 benchmarks/run.sh
#
# --quick: 100 and 1,000 clusters only. Needs Java 17 and Maven; uses hyperfine and GNU
# time when installed. Nothing here runs in `mvn verify`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. benchmarks/common.sh

jmh=0; sizes=(100 1000 10000)
for a in "$@"; do
  case "$a" in
    --jmh) jmh=1 ;;
    --quick) sizes=(100 1000) ;;
    *) echo "usage: benchmarks/run.sh [--jmh] [--quick]" >&2; exit 2 ;;
  esac
done

echo "building (tests skipped) ..."
mvn -q -B -DskipTests -pl benchmarks -am package
./cpo --version >/dev/null   # the launcher's CDS archive, made once per build
cp_bench="benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*"
estates=benchmarks/target/estates
mkdir -p "$estates"

echo
echo "$(java -version 2>&1 | head -n 1); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "1. Cold check of a sample, whole process"
measure "./cpo check samples/inference-edge.cpo" ./cpo check samples/inference-edge.cpo
measure "./cpo check samples/ai-factory.cpo" ./cpo check samples/ai-factory.cpo

echo
echo "2. Generated estates (EstateGenerator, seed 7)"
for n in "${sizes[@]}"; do
  java -cp "$cp_bench" org.cpoadvisor.benchmarks.EstateGenerator "$n" 7 "$estates/estate-$n.cpo"
done
echo " whole process, the launcher with a 1 GiB heap (CPO_JAVA_OPTS=-Xmx1g): cpo check, and cpo check --format json (the full advice)"
for n in "${sizes[@]}"; do
  size="$(du -k "$estates/estate-$n.cpo" | cut -f1) KiB"
  json="$({ ./cpo check --format json "$estates/estate-$n.cpo" 2>/dev/null || true; } | wc -c | awk '{printf "%.1f MB", $1 / 1e6}')"
  CPO_JAVA_OPTS=-Xmx1g peak "$n clusters ($size): cpo check" ./cpo check "$estates/estate-$n.cpo"
  CPO_JAVA_OPTS=-Xmx1g peak "$n clusters: cpo check --format json ($json)" ./cpo check --format json "$estates/estate-$n.cpo"
done
last="${sizes[${#sizes[@]}-1]}"
CPO_JAVA_OPTS=-Xmx256m peak "$last clusters in a 256 MiB heap: cpo check" ./cpo check "$estates/estate-$last.cpo"
echo " one JVM (-Xmx1g, default JIT and GC): first advice, then the median of 5 warm ones"
declare -A warm
for n in "${sizes[@]}"; do
  line="$(java -Xmx1g -cp "$cp_bench" org.cpoadvisor.benchmarks.AdviseOnce "$n" 5)"
  echo "  $line"
  warm[$n]="$(sed -E 's/.*warm-total=([0-9]+)ms.*/\1/' <<<"$line")"
done
if [ -n "${warm[1000]:-}" ] && [ -n "${warm[10000]:-}" ] && [ "${warm[1000]}" -gt 0 ]; then
  awk -v a="${warm[1000]}" -v b="${warm[10000]}" \
    'BEGIN {printf "  10x clusters (1,000 -> 10,000): %.1fx the time (target: at most 12x)\n", b / a}'
fi
if [ -n "${warm[100]:-}" ] && [ -n "${warm[1000]:-}" ] && [ "${warm[100]}" -gt 0 ]; then
  awk -v a="${warm[100]}" -v b="${warm[1000]}" 'BEGIN {printf "  10x clusters (100 -> 1,000): %.1fx the time\n", b / a}'
fi

if [ "$jmh" = 1 ]; then
  echo
  echo "3. JMH: AdviseBenchmark (ms per operation; gc.alloc.rate.norm = bytes allocated per operation)"
  java -cp "$cp_bench" org.openjdk.jmh.Main AdviseBenchmark -p "clusters=$(IFS=,; echo "${sizes[*]}")" -prof gc \
    -rf json -rff benchmarks/target/jmh-advise.json | grep -E '^(Benchmark|AdviseBenchmark\.[a-z]+ |AdviseBenchmark\.[a-z]+:gc\.alloc\.rate\.norm )'
fi

repl=advisor/src/test/java/org/cpoadvisor/advisor/repl/ReplLatencyBenchmark.java
if [ -f "$repl" ]; then
  echo
  echo "4. REPL: set + advise on samples/ai-factory.cpo (ReplLatencyBenchmark)"
  if mvn -q -B -pl advisor test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt \
       -Dmdep.includeScope=test >/dev/null 2>&1; then
    java -cp "advisor/target/test-classes:advisor/target/classes:$(cat advisor/target/test-cp.txt)" \
      org.cpoadvisor.advisor.repl.ReplLatencyBenchmark | sed 's/^/  /'
  else
    echo "  (the advisor's tests do not compile right now: skipped)"
  fi
fi
