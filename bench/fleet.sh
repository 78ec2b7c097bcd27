#!/usr/bin/env bash
# The fleet benchmark: `isctl sync` of N unchanged scheduled tags (N/50 repositories x 50 tags) on Debian's
# docker-registry on loopback, and of PROXY_TAGS tags behind a proxy adding 20 ms to every manifest request,
# against the same work done by
#   - skopeo inspect --raw, one process per tag (what a shell loop over tags does),
#   - a tags/list + manifest GET per tag client, 8 repositories at a time (the pattern of Argo CD Image
#     Updater: bench/fleet.py tagslist),
#   - the registry's own floor: one HEAD per tag and nothing else, 8 at a time (bench/fleet.py heads), and, when
#     ApacheBench is installed (apache2-utils), as many HEADs of one tag from ab, a C client whose own CPU is
#     next to nothing: what the registry alone needs, with the CPU it spends per HEAD,
# all in one run of this script (hyperfine medians), with the requests each sends per tag (counted by the proxy
# at 0 ms on the smallest fleet), isctl's peak memory (/usr/bin/time), and its cost per tag across sizes.
#
# Usage: bench/fleet.sh [SIZES (default "500 2000 10000")] [RUNS (default 5)] [PROXY_TAGS (default 2000)]
#   SKOPEO_MAX=N    skip skopeo on fleets larger than N tags (default 10000: a process per tag takes minutes)
#   SEQUENTIAL=0    skip the one run of sync --max-concurrency=1 behind the proxy (about 45 s at 2000 tags)
# Needs: docker-registry, skopeo, hyperfine, jq, python3, GNU time (apt-get install -y docker-registry skopeo
# hyperfine jq time; apache2-utils for the ab row). The machine is shared: compare the figures of one run with
# each other.
set -euo pipefail

sizes="${1:-500 2000 10000}"
runs="${2:-5}"
proxy_tags="${3:-2000}"
skopeo_max="${SKOPEO_MAX:-10000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
isctl="$root/bin/isctl"
fleet="python3 $root/bench/fleet.py"
work="$(mktemp -d /tmp/isctl-fleet.XXXXXX)"
. "$root/bench/lib.sh"

cleanup() {
  bench_stop
  rm -rf "$work"
}
trap cleanup EXIT

for tool in docker-registry skopeo hyperfine jq python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

largest=0
for n in $sizes; do [ "$n" -gt "$largest" ] && largest=$n; done
[ "$proxy_tags" -gt "$largest" ] && largest=$proxy_tags
repos_needed=$(( (largest + 49) / 50 ))

# The registry: no access log (it costs the registry a third more CPU per request).
bench_start_registry off

start_proxy() { # DELAY_MS [LOG] -> prints host:port
  local port
  port=$(bench_free_port)
  $fleet proxy "$port" "$registry" "$1" ${2:+"$2"} >/dev/null 2>&1 &
  bench_pids+=($!)
  bench_wait_for "http://127.0.0.1:$port/v2/"
  echo "127.0.0.1:$port"
}
proxy_20ms=$(start_proxy 20)
counter_log="$work/requests.log"
: > "$counter_log"
proxy_count=$(start_proxy 0 "$counter_log")

echo "bench: pushing $repos_needed repositories x 50 tags (one manifest PUT per tag)..." >&2
started=$(date +%s.%N)
$fleet populate "$registry" "$repos_needed" 50
echo "bench: pushed in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s" >&2

"$isctl" version >/dev/null # builds the jar and its class-data archives outside the timings

# A store of REPOS streams x 50 scheduled tags from REGISTRY, imported by a first sync (timed: every tag new).
make_store() { # DIR REGISTRY REPOS
  $fleet store "$1" "$2" "$3" 50
  local started
  started=$(date +%s.%N)
  "$isctl" --store "$1" sync -A >/dev/null
  awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}'
}

echo "Machine: $(nproc) CPUs, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Requests per unchanged tag, through the counting proxy, on a small fleet.
count_store="$work/count"
make_store "$count_store" "$proxy_count" 10 >/dev/null
count() { # NAME COMMAND...
  : > "$counter_log"
  "${@:2}" >/dev/null 2>&1
  sleep 0.2
  printf '%-40s %6.2f requests per tag  (%s)\n' "$1" "$(awk -v n="$(wc -l < "$counter_log")" 'BEGIN {print n / 500}')" \
    "$(awk '{print $1, ($2 ~ /manifests/ ? "manifest" : $2 ~ /tags\/list/ ? "tags/list" : $2 ~ /blobs/ ? "blob" : $2 == "/v2/" ? "ping" : $2)}' \
      "$counter_log" | sort | uniq -c | awk '{printf "%s%s %s x%d", sep, $2, $3, $1; sep=", "}')"
}
echo "Requests for 500 unchanged tags (10 repositories x 50), counted by the proxy:"
count "isctl sync" "$isctl" --store "$count_store" sync -A
count "skopeo inspect --raw per tag" bash -c "for r in \$(seq -f 'fleet/app-%03g' 0 9); do for t in \$(seq 0 49); do \
  skopeo inspect --raw --tls-verify=false docker://$proxy_count/\$r:v1.\$((t / 10)).\$((t % 10)) >/dev/null; done; done"
count "tags/list + GET per tag (Argo CD pattern)" $fleet tagslist "$proxy_count" 10 8
count "HEAD per tag (the registry's floor)" $fleet heads "$proxy_count" 10 50 8
echo

skopeo_loop() { # REGISTRY REPOS
  echo "for r in \$(seq -f 'fleet/app-%03g' 0 $(($2 - 1))); do for t in \$(seq 0 49); do" \
    "skopeo inspect --raw --tls-verify=false docker://$1/\$r:v1.\$((t / 10)).\$((t % 10)) >/dev/null; done; done"
}

manifest_type=application/vnd.oci.image.manifest.v1+json
# The CPU time (user + system) the registry (the first process bench_start_registry started) has used, in ms.
registry_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/${bench_pids[0]}/stat"
}

results="$work/results.tsv"
: > "$results"
measure() { # LABEL TAGS RUNS COMMAND
  local label=$1 tags=$2 n=$3 json="$work/h.json"
  hyperfine --style none --warmup 0 --runs "$n" --export-json "$json" -n "$label" "$4" >/dev/null 2>&1 \
    || { echo "bench: $label failed" >&2; return 0; }
  jq -r --arg l "$label" --arg t "$tags" '.results[0] | "\($l)\t\($t)\t\(.median)\t\(.min)\t\(.max)"' "$json" \
    >> "$results"
}

for n in $sizes; do
  repos=$((n / 50))
  store="$work/store-$n"
  first=$(make_store "$store" "$registry" "$repos")
  echo "bench: $n tags: first sync (every tag new) $first s" >&2
  printf 'isctl sync, every tag new (one run)\t%s\t%s\t%s\t%s\n' "$n" "$first" "$first" "$first" >> "$results"
  measure "isctl sync" "$n" "$runs" "$isctl --store $store sync -A"
  measure "isctl sync --max-concurrency=16" "$n" "$runs" "$isctl --store $store sync -A --max-concurrency=16"
  measure "HEAD per tag, 8 at a time (floor)" "$n" "$runs" "$fleet heads $registry $repos 50 8"
  measure "tags/list + GET per tag, 8 repos at a time" "$n" "$runs" "$fleet tagslist $registry $repos 8"
  if command -v ab >/dev/null; then
    ab_heads="ab -q -i -k -n $n -c 8 -H 'Accept: $manifest_type' http://$registry/v2/fleet/app-000/manifests/v1.0.0"
    measure "HEAD of one tag, $n times from ab, 8 at a time (floor)" "$n" "$runs" "$ab_heads"
    cpu_before=$(registry_cpu_ms)
    bash -c "$ab_heads" >/dev/null
    echo "bench: the registry spent $(awk -v b="$cpu_before" -v a="$(registry_cpu_ms)" -v n="$n" \
      'BEGIN {printf "%.2f", (a - b) / n}') ms of CPU per HEAD ($n from ab)" >&2
  fi
  if [ "$n" -le "$skopeo_max" ]; then
    measure "skopeo inspect --raw per tag" "$n" 1 "$(skopeo_loop "$registry" "$repos")"
  fi
  if [ "$n" = "$largest" ] || [ "$n" = "$(echo "$sizes" | awk '{print $NF}')" ]; then
    /usr/bin/time -f "%M" -o "$work/rss" "$isctl" --store "$store" sync -A >/dev/null
    echo "bench: isctl sync of $n tags: peak RSS $(( $(cat "$work/rss") / 1024 )) MB" >&2
    printf 'isctl sync peak RSS (MB)\t%s\t%s\t%s\t%s\n' "$n" "$(( $(cat "$work/rss") / 1024 ))" "" "" >> "$results"
  fi
done

# Behind the proxy adding 20 ms to each manifest request.
repos=$((proxy_tags / 50))
store="$work/proxy-$proxy_tags"
first=$(make_store "$store" "$proxy_20ms" "$repos")
echo "bench: $proxy_tags tags behind the proxy: first sync $first s" >&2
label="(+20 ms per manifest request)"
measure "isctl sync --max-concurrency=16 $label" "$proxy_tags" "$runs" \
  "$isctl --store $store sync -A --max-concurrency=16"
measure "isctl sync $label" "$proxy_tags" "$runs" "$isctl --store $store sync -A"
if [ "${SEQUENTIAL:-1}" != 0 ]; then
  measure "isctl sync --max-concurrency=1 $label" "$proxy_tags" 1 \
    "$isctl --store $store sync -A --max-concurrency=1"
fi
measure "HEAD per tag, 16 at a time $label" "$proxy_tags" "$runs" "$fleet heads $proxy_20ms $repos 50 16"
measure "tags/list + GET per tag, 8 repos at a time $label" "$proxy_tags" "$runs" \
  "$fleet tagslist $proxy_20ms $repos 8"
if [ "$proxy_tags" -le "$skopeo_max" ]; then
  measure "skopeo inspect --raw per tag $label" "$proxy_tags" 1 "$(skopeo_loop "$proxy_20ms" "$repos")"
fi

echo "Wall time (hyperfine medians of $runs runs; skopeo and the sequential sync: one run):"
printf '%-72s %7s %10s %12s\n' "command" "tags" "median s" "ms per tag"
awk -F'\t' '$1 !~ /RSS/ {printf "%-72s %7d %10.2f %12.3f\n", $1, $2, $3, 1000 * $3 / $2}' "$results"
awk -F'\t' '$1 ~ /RSS/ {printf "%-72s %7d %10s\n", $1, $2, $3 " MB"}' "$results"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
