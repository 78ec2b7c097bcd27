#!/usr/bin/env bash
# Start-up of the whole process, as users run it: 'bin/isctl resolve NS/NAME:TAG' on the example store against
# a bare JVM printing hello world, measured in the same run with hyperfine (medians). Prints both medians and
# their ratio; the README quotes it. Usage: scripts/benchmark-startup.sh [RUNS]   (needs hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
command -v hyperfine >/dev/null || { echo "benchmark-startup: hyperfine is missing (scripts/install-shell-test-deps.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
JAVA
javac -d "$work" "$work/Hello.java"

isctl=(bin/isctl --store examples/seed resolve myproject/myimage-ref-local:mytag)
"${isctl[@]}" >/dev/null   # builds the jar and its class-data archive if needed: not part of the measure

hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/result.json" \
  -n hello "java -cp $work Hello" \
  -n isctl "${isctl[*]}" >&2

medians=$(grep -o '"median": *[0-9.e-]*' "$work/result.json" | sed 's/.*: *//')
hello=$(sed -n 1p <<< "$medians")
resolve=$(sed -n 2p <<< "$medians")
awk -v h="$hello" -v r="$resolve" -v java="$(java -version 2>&1 | head -1)" -v cpus="$(nproc)" 'BEGIN {
  printf "java -cp . Hello (median):            %6.1f ms\n", h * 1000
  printf "bin/isctl resolve NS/NAME:TAG (median): %6.1f ms\n", r * 1000
  printf "ratio:                                 %6.2f   (%s, %s CPUs)\n", r / h, java, cpus
}'
