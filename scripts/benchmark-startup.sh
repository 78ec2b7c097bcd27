#!/usr/bin/env bash
# Start-up of the whole process, as users run it, against a bare JVM printing hello world, all in one hyperfine
# run (medians): 'bin/isctl resolve NS/NAME:TAG' on the example store, 'bin/isctl version', and a Tab as the
# bash completion script sends it ('isctl __complete -- resolve myproject/myimage-ref-local:', the tags of a
# stream from the store ISCTL_STORE names). Prints each median and its ratio to hello's; README and
# BENCHMARKS.md quote them (issue 15: resolve <= 1.7, version <= 1.4, a Tab <= 2.0).
# Usage: scripts/benchmark-startup.sh [RUNS]   (needs hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
command -v hyperfine >/dev/null || { echo "benchmark-startup: hyperfine is missing (scripts/install-shell-test-deps.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/lib.sh   # bench_hello: the anchor, a bare JVM printing hello world
bench_hello

resolve=(bin/isctl --store examples/seed resolve myproject/myimage-ref-local:mytag)
"${resolve[@]}" >/dev/null   # builds the jar and its class-data archives if needed: not part of the measure
export ISCTL_STORE=examples/seed

hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/result.json" \
  -n hello "java -cp $work Hello" \
  -n resolve "${resolve[*]}" \
  -n version "bin/isctl version" \
  -n complete "bin/isctl __complete -- resolve myproject/myimage-ref-local:" >&2

medians=$(grep -o '"median": *[0-9.e-]*' "$work/result.json" | sed 's/.*: *//' | tr '\n' ' ')
awk -v m="$medians" -v java="$(java -version 2>&1 | head -1)" -v cpus="$(nproc)" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  split(m, v, " ")
  printf "java -cp . Hello (median):                %6.1f ms\n", v[1] * 1000
  printf "bin/isctl resolve NS/NAME:TAG (median):   %6.1f ms   ratio %4.2f  (target 1.7)\n", v[2] * 1000, v[2] / v[1]
  printf "bin/isctl version (median):               %6.1f ms   ratio %4.2f  (target 1.4)\n", v[3] * 1000, v[3] / v[1]
  printf "bin/isctl __complete, a Tab (median):     %6.1f ms   ratio %4.2f  (target 2.0)\n", v[4] * 1000, v[4] / v[1]
  printf "%s, %s CPUs, load %s\n", java, cpus, load
}'
