#!/usr/bin/env bash
# The fixed cost of a registry command: `bin/isctl sync` of one unchanged scheduled tag (one ping and one HEAD to
# Debian's docker-registry on loopback, plain HTTP, marked insecure) against `bin/isctl version` and
# `java -cp . Hello`, and against two floors of the same two requests: a JVM writing them to a socket by hand
# (bench/SocketFloor.java, no HTTP library) and OkHttp alone (bench/OkHttpFloor.java: the HTTP client isctl is
# built on, cleartext only, nothing else), each with a class-data archive of its own, in one hyperfine run
# (medians), with the same sync against the registry behind a password when htpasswd is there; then hello,
# version and sync interleaved round by round as a cross-check on a shared machine.
# Prints the medians, the ratios, and the CPU time (user + system) of each.
#
# Usage: bench/fixed-cost.sh [RUNS (default 40)]   Needs: docker-registry, hyperfine, jq, python3, a JDK (javac,
# jar); the floors compile against target/lib, which the first bin/isctl run builds.
set -euo pipefail

runs="${1:-40}"
root="$(cd "$(dirname "$0")/.." && pwd)"
isctl="${ISCTL:-$root/bin/isctl}"   # ISCTL=path/to/bin/isctl measures another build
work="$(mktemp -d /tmp/isctl-fixed.XXXXXX)"
. "$root/bench/lib.sh"
cleanup() {
  bench_stop
  rm -rf "$work"
}
trap cleanup EXIT

for tool in docker-registry hyperfine jq python3 javac jar; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

bench_start_registry off

python3 "$root/bench/fleet.py" populate "$registry" 1 1
python3 "$root/bench/fleet.py" store "$work/store" "$registry" 1 1
"$isctl" --store "$work/store" sync -A >/dev/null   # imports the tag; HTTPS-first finds plain HTTP, remembered
bench_hello

# The floors, with the flags bin/isctl runs registry commands with and an archive made from a run of each, as
# bin/isctl makes isctl's (classes in a directory are not archived: a jar).
floor_jvm=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -Xshare:auto -XX:+UseSerialGC)
floor_cp="$(printf '%s:' "$root"/target/lib/*.jar)$work/floors.jar"
mkdir -p "$work/floors"
javac -cp "$floor_cp" -d "$work/floors" "$root/bench/SocketFloor.java" "$root/bench/OkHttpFloor.java"
jar cf "$work/floors.jar" -C "$work/floors" .
floor_args=("$registry" fleet/app-000 v1.0.0)
for floor in SocketFloor OkHttpFloor; do
  java "${floor_jvm[@]}" -XX:DumpLoadedClassList="$work/$floor.classlist" -cp "$floor_cp" "$floor" "${floor_args[@]}" \
    >/dev/null
  java "${floor_jvm[@]}" -Xshare:dump -XX:SharedClassListFile="$work/$floor.classlist" \
    -XX:SharedArchiveFile="$work/$floor.jsa" -cp "$floor_cp" >/dev/null 2>&1
done
floor() { # NAME: the command line of that floor
  echo "java ${floor_jvm[*]} -XX:SharedArchiveFile=$work/$1.jsa -cp $floor_cp $1 ${floor_args[*]}"
}
digests="$($(floor SocketFloor)) $($(floor OkHttpFloor))"
case "$digests" in
  "sha256:"*" sha256:"*) [ "${digests% *}" = "${digests#* }" ] ;;
  *) false ;;
esac || { echo "bench: the floors do not agree on the digest: $digests" >&2; exit 1; }

sync=("$isctl" --store "$work/store" sync -A)
out=$("${sync[@]}" -v)
[ "$out" = "fleet/app-000:v1.0.0: unchanged" ] || { echo "bench: unexpected sync output: $out" >&2; exit 1; }
rows=(-n "sync of one unchanged tag" "${sync[*]}")

# The same sync against the same registry behind a password (htpasswd: basic auth, over plain HTTP on loopback),
# the credentials in an auth file: what a registry that asks for credentials adds (its 401, the file read). Run
# through env(1), which costs a millisecond or so. Needs htpasswd (apache2-utils); left out without it.
if command -v htpasswd >/dev/null; then
  htpasswd -Bbn bench bench-password > "$work/htpasswd"
  plain_registry=$registry
  bench_start_registry off "$work/htpasswd"
  auth_registry=$registry registry=$plain_registry
  python3 "$root/bench/fleet.py" store "$work/auth-store" "$auth_registry" 1 1
  printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$auth_registry" "$(printf bench:bench-password | base64)" \
    > "$work/auth.json"
  authed=(env REGISTRY_AUTH_FILE="$work/auth.json" "$isctl" --store "$work/auth-store" sync -A)
  "${authed[@]}" >/dev/null   # imports the tag with the password
  out=$("${authed[@]}" -v)
  [ "$out" = "fleet/app-000:v1.0.0: unchanged" ] || { echo "bench: unexpected sync output: $out" >&2; exit 1; }
  rows+=(-n "sync, password in auth file" "${authed[*]}")
fi

echo "Machine: $(nproc) CPUs, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/h.json" \
  -n hello "java -cp $work Hello" \
  -n version "$isctl version" \
  -n "floor: JVM and a socket" "$(floor SocketFloor)" \
  -n "floor: OkHttp alone" "$(floor OkHttpFloor)" \
  "${rows[@]}" >/dev/null 2>&1
echo "hyperfine, $runs runs each (medians; CPU = mean user + system):"
jq -r '.results[] | "\(.command)\t\(.median)\t\(.user + .system)"' "$work/h.json" \
  | awk -F'\t' 'NR == 1 {h = $2} NR == 2 {v = $2}
      {printf "  %-28s %7.1f ms  CPU %6.1f ms", $1, 1000 * $2, 1000 * $3}
      NR == 2 {printf "  %.2f x hello", $2 / h}
      NR > 2 {printf "  %.2f x version, %.2f x hello", $2 / v, $2 / h}
      {print ""}'

# The same three, interleaved: one of each per round, so a change in the machine's load hits all three alike.
for _ in $(seq 1 "$runs"); do
  for which in hello version sync; do
    case $which in
      hello) cmd=(java -cp "$work" Hello) ;;
      version) cmd=("$isctl" version) ;;
      sync) cmd=("${sync[@]}") ;;
    esac
    start=$(date +%s%N)
    "${cmd[@]}" >/dev/null
    echo "$which $(( ($(date +%s%N) - start) / 1000 ))" >> "$work/interleaved"
  done
done
echo "interleaved, $runs rounds (medians):"
for which in hello version sync; do
  awk -v w="$which" '$1 == w {print $2}' "$work/interleaved" | sort -n \
    | awk -v w="$which" '{a[NR] = $1} END {m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
        printf "%s %.1f\n", w, m / 1000}'
done | awk '{m[$1] = $2} END {
  printf "  hello %.1f ms, version %.1f ms, sync %.1f ms: sync %.2f x version, %.2f x hello\n",
    m["hello"], m["version"], m["sync"], m["sync"] / m["version"], m["sync"] / m["hello"]}'
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
