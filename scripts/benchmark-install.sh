#!/usr/bin/env bash
# Start-up of isctl as each install runs it, in ONE hyperfine run (medians): a bare JVM printing hello world, bin/isctl
# from this checkout, the installed .deb's /usr/bin/isctl, and the release archive's bin/isctl unpacked in a temporary
# folder (its class-data archive made by a first run, in a temporary cache), all on the same 'resolve'; then the same
# four interleaved, as a cross-check on a shared machine. Prints a Markdown table (BENCHMARKS.md).
# Usage: scripts/benchmark-install.sh [RUNS]   (needs hyperfine; root to install target/isctl_*.deb when
# /usr/bin/isctl is missing or another version; 'mvn package' first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
command -v hyperfine >/dev/null || { echo "benchmark-install: hyperfine is missing (scripts/install-shell-test-deps.sh)" >&2; exit 1; }

version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null || true)
archive=target/isctl-$version.tar.gz
deb=$(ls target/isctl_*_*.deb 2>/dev/null | head -1 || true)
[ -n "$version" ] && [ -f "$archive" ] && [ -n "$deb" ] \
  || { echo "benchmark-install: no release archive or .deb in target/: run 'mvn package'" >&2; exit 1; }

deb_version=$(dpkg-deb -f "$deb" Version)
if [ "$(dpkg-query -W -f='${Status} ${Version}' isctl 2>/dev/null || true)" != "install ok installed $deb_version" ]; then
  echo "benchmark-install: installing $deb" >&2
  apt-get install -y -qq --reinstall "./$deb" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/lib.sh   # bench_hello: the anchor, a bare JVM printing hello world
bench_hello
tar -xzf "$archive" -C "$work"
export XDG_CACHE_HOME="$work/cache"

resolve="--store examples/seed resolve myproject/myimage-ref-local:mytag"
clone="bin/isctl $resolve"
installed="/usr/bin/isctl $resolve"
unpacked="$work/isctl-$version/bin/isctl $resolve"
# Not measured: bin/isctl's build and archives, the archive's first run that makes its class-data archive.
for command in "$clone" "$installed" "$unpacked"; do
  $command > "$work/out"
  grep -q '@sha256:' "$work/out" || { echo "benchmark-install: $command printed: $(cat "$work/out")" >&2; exit 1; }
done

hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/result.json" \
  -n hello "java -cp $work Hello" -n "bin/isctl" "$clone" -n ".deb /usr/bin/isctl" "$installed" \
  -n "archive bin/isctl" "$unpacked" >&2

# A cross-check the machine's load cannot skew: hyperfine runs one command's runs, then the next's, so a machine
# that gets busier during the run weighs on the last more. Here RUNS rounds run the four in turn (bash's clock,
# no process but the command's).
commands=("java -cp $work Hello" "$clone" "$installed" "$unpacked")
for ((round = 0; round < runs; round++)); do
  for i in 0 1 2 3; do
    start=${EPOCHREALTIME/./}
    ${commands[i]} > /dev/null
    echo "$i $((${EPOCHREALTIME/./} - start))" >> "$work/interleaved"
  done
done
interleaved=$(for i in 0 1 2 3; do
  sed -n "s/^$i //p" "$work/interleaved" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) / 1000 }'
done)

# Per command: the median wall time, and the mean CPU time (user + system), which a busy machine moves less.
figures=$(grep -oE '"(median|user|system)": *[0-9.e-]+' "$work/result.json" | sed 's/.*: *//' | paste - - -)
awk -v java="$(java -version 2>&1 | head -1)" -v cpus="$(nproc)" -v day="$(date +%F)" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
  FNR == NR { median[NR] = $1 * 1000; cpu[NR] = ($2 + $3) * 1000; next }
  { inter[FNR] = $1 }
  END {
    split("java -cp . Hello|bin/isctl (clone)|/usr/bin/isctl (.deb)|bin/isctl (archive)", name, "|")
    printf "%s, %s, %s CPUs, load %s after the run, %s runs each:\n\n", day, java, cpus, load, '"$runs"'
    printf "| | median | ratio to hello | CPU (user + sys, mean) | interleaved median | ratio |\n"
    printf "| --- | --- | --- | --- | --- | --- |\n"
    for (i = 1; i <= 4; i++) printf "| %s | %.1f ms | %.2f | %.1f ms | %.1f ms | %.2f |\n", name[i], median[i],
      median[i] / median[1], cpu[i], inter[i], inter[i] / inter[1]
  }' <(echo "$figures") <(echo "$interleaved")
