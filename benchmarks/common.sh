# Shared by run.sh and startup.sh: timing whole processes, medians of several runs.
# hyperfine (Debian: apt-get install hyperfine) when installed, else a loop with date +%s%N.

runs="${RUNS:-7}"

# measure LABEL COMMAND...: prints "LABEL  median … ms  (min … max, n runs)"; the command's exit code is ignored
measure() {
  local label="$1"; shift
  local times=() t0 t1 median min max
  if command -v hyperfine >/dev/null 2>&1; then
    local json; json="$(mktemp)"
    hyperfine -N -i --style none --warmup 1 --runs "$runs" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 || true
    read -r median min max < <(tr -d '\n ' <"$json" | sed -E 's/.*"median":([0-9.e-]+).*"min":([0-9.e-]+),"max":([0-9.e-]+).*/\1 \2 \3/' \
      | awk '{printf "%.0f %.0f %.0f\n", $1*1000, $2*1000, $3*1000}')
    rm -f "$json"
  else
    "$@" >/dev/null 2>&1 || true   # warm-up: the OS file cache, not the JVM
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    read -r median min max < <(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)], a[1], a[NR]}')
  fi
  printf '  %-58s median %6s ms   (min %s, max %s, %s runs)\n' "$label" "$median" "$min" "$max" "$runs"
}

# peak LABEL COMMAND...: wall time and peak resident memory of one run (GNU time)
peak() {
  local label="$1"; shift
  if [ -x /usr/bin/time ]; then
    local out; out="$(mktemp)"
    /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>&1 || true
    read -r wall rss < <(tail -n 1 "$out"); rm -f "$out"   # GNU time puts "exited with status" first
    printf '  %-58s wall %6.2f s   peak RSS %5d MiB\n' "$label" "$wall" "$(( rss / 1024 ))"
  else
    printf '  %-58s (no /usr/bin/time: apt-get install time)\n' "$label"
  fi
}
