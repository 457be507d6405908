#!/usr/bin/env bash
# The speed of Monte Carlo sweeps (README, Performance; docs/model.md section 9):
#   1. `cpo sweep samples/ai-factory.cpo --scenarios 10000` as a whole process (cold JVM included),
#      median of RUNS runs (3 by default), with the 10 s goal of issue 16;
#   2. in one warm JVM (SweepBench): 10,000 scenarios with and without the break-even share, on all
#      cores and on one, scenarios per second per thread, and how the time grows with the scenarios
#      and with the clusters.
#
#   benchmarks/sweep.sh            RUNS=5 benchmarks/sweep.sh
#
# Needs Java 17 and Maven. Nothing here runs in `mvn verify`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-3}"
echo "building (tests skipped) ..."
mvn -q -B -DskipTests -pl benchmarks -am package
./cpo --version >/dev/null
echo
echo "$(java -version 2>&1 | head -n 1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "1. cpo sweep samples/ai-factory.cpo --scenarios 10000, whole process ($runs runs; goal: at most 10 s)"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  ./cpo sweep samples/ai-factory.cpo --scenarios 10000 --seed 1 >/dev/null
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "  median %.2f s (min %.2f, max %.2f)\n", a[int((NR+1)/2)], a[1], a[NR]}'
echo
echo "2. One warm JVM (SweepBench), with the launcher's options for a sweep (-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn64m)"
java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn64m -cp "benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*" org.cpoadvisor.benchmarks.SweepBench samples/ai-factory.cpo \
  | sed 's/^/  /'
echo
echo "3. The same process with the JVM's default young generation (CPO_JAVA_OPTS=-Xmn1g), once: what -Xmn64m saves"
start=$(date +%s.%N)
CPO_JAVA_OPTS=-Xmn1g ./cpo sweep samples/ai-factory.cpo --scenarios 10000 --seed 1 >/dev/null
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN {printf "  %.2f s\n", b - a}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
