#!/usr/bin/env bash
# Benchmark: `isctl import-image --all` and `isctl sync` against `skopeo inspect` once per tag, on a loopback
# registry (Debian's docker-registry) holding N tags. Reports wall time (hyperfine, medians, one run of hyperfine
# for all commands) and the requests each command sends (counted from the registry's access log). `sync` re-checks
# N tags imported with --scheduled: once when none moved, once when every tag moved to a new image.
#
# Usage: bench/import-all.sh [N_TAGS (default 50)] [RUNS (default 10)]
# Needs: docker-registry, skopeo, hyperfine, curl, jq, sha256sum, python3 (apt-get install -y docker-registry
# skopeo hyperfine jq curl). isctl imports at most 50 tags of a repository (OpenShift's limit), so N > 50 makes
# skopeo inspect tags isctl does not import.
set -euo pipefail

n_tags="${1:-50}"
runs="${2:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
isctl="$root/bin/isctl"
work="$(mktemp -d /tmp/isctl-bench.XXXXXX)"
. "$root/bench/lib.sh"

cleanup() {
  bench_stop
  rm -rf "$work"
}
trap cleanup EXIT

for tool in docker-registry skopeo hyperfine curl jq sha256sum python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

bench_start_registry on

# One tiny schema2 image, pushed once and tagged N times.
push_blob() { # FILE
  local digest location
  digest="sha256:$(sha256sum "$1" | cut -d' ' -f1)"
  location="$(curl -fsS -X POST -D - -o /dev/null "http://$registry/v2/bench/app/blobs/uploads/" \
    | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')"
  case "$location" in http*) ;; *) location="http://$registry$location" ;; esac
  curl -fsS -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$1" \
    "$location&digest=$digest" >/dev/null
  echo "$digest"
}
printf 'hello from the isctl benchmark\n' > "$work/hello.txt"
tar --mtime='2024-01-01 00:00:00' --owner=0 --group=0 -C "$work" -cf "$work/layer.tar" hello.txt
gzip -n -c "$work/layer.tar" > "$work/layer.tar.gz"
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
printf '{"architecture":"amd64","config":{},"created":"2024-01-01T00:00:00Z","os":"linux","rootfs":{"diff_ids":["%s"],"type":"layers"}}' \
  "$diff_id" > "$work/config.json"
layer_digest="$(push_blob "$work/layer.tar.gz")"
config_digest="$(push_blob "$work/config.json")"
manifest() { # CONFIG_FILE CONFIG_DIGEST
  printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%d,"digest":"%s"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":%d,"digest":"%s"}]}' \
    "$(stat -c %s "$1")" "$2" "$(stat -c %s "$work/layer.tar.gz")" "$layer_digest"
}
manifest "$work/config.json" "$config_digest" > "$work/manifest.json"
# A second image (another creation date), to which every tag moves for the sync benchmark.
sed 's/2024-01-01T00:00:00Z/2024-02-01T00:00:00Z/' "$work/config.json" > "$work/config-moved.json"
manifest "$work/config-moved.json" "$(push_blob "$work/config-moved.json")" > "$work/manifest-moved.json"
push_tags() { # MANIFEST_FILE
  local i tag
  : > "$work/tags"
  for i in $(seq 1 "$n_tags"); do
    tag="$(printf 'v%d.0.%d' $(( i / 10 )) $(( i % 10 )))"
    curl -fsS -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
      --data-binary "@$1" "http://$registry/v2/bench/app/manifests/$tag" >/dev/null
    echo "$tag" >> "$work/tags"
  done
}
push_tags "$work/manifest.json"

"$isctl" version >/dev/null # builds the jar on first use, outside the timings
export ISCTL_NAMESPACE=bench
import_cold="$isctl --store $work/store-cold import-image app --from=$registry/bench/app --all --confirm --insecure"
import_warm="$isctl --store $work/store-warm import-image app --all --insecure"
skopeo_loop="while read -r t; do skopeo inspect --tls-verify=false docker://$registry/bench/app:\$t >/dev/null; done < $work/tags"
skopeo_no_tags="while read -r t; do skopeo inspect --no-tags --tls-verify=false docker://$registry/bench/app:\$t >/dev/null; done < $work/tags"

# Requests per command: one run each, counted from the access log (one line per request).
count_requests() { # NAME COMMAND [PREPARE]
  [ -n "${3:-}" ] && bash -c "$3"
  local before after
  before="$(wc -l < "$work/access.log")"
  bash -c "$2" >/dev/null
  sleep 0.2
  after="$(wc -l < "$work/access.log")"
  local lines
  lines="$(sed -n "$((before + 1)),${after}p" "$work/access.log")"
  printf '%-34s %5d requests (%s)\n' "$1" "$((after - before))" \
    "$(grep -oE '"(GET|HEAD|POST|PUT) [^ ]+' <<<"$lines" \
      | sed -E 's#"(GET|HEAD|POST|PUT) /v2/(bench/app/)?([a-z_]+).*#\1 \3#; s#"GET /v2/$#GET ping#' \
      | sort | uniq -c | awk '{printf "%s%s %s x%d", sep, $2, $3, $1; sep=", "}')"
}
prepare_cold="rm -rf $work/store-cold"
prepare_warm="rm -rf $work/store-warm && cp -r $work/store-seed $work/store-warm"

# sync: a store whose tags were imported --scheduled before the move, and one that has seen the move.
"$isctl" --store "$work/store-sync-before" import-image app --from="$registry/bench/app" --all --confirm --insecure \
  --scheduled >/dev/null
push_tags "$work/manifest-moved.json"
cp -r "$work/store-sync-before" "$work/store-sync-after"
"$isctl" --store "$work/store-sync-after" sync >/dev/null
sync_cmd="$isctl --store $work/store-sync sync"
# import-image --all again: a store that has imported the tags as they now are.
"$isctl" --store "$work/store-seed" import-image app --from="$registry/bench/app" --all --confirm --insecure >/dev/null
prepare_unchanged="rm -rf $work/store-sync && cp -r $work/store-sync-after $work/store-sync"
prepare_moved="rm -rf $work/store-sync && cp -r $work/store-sync-before $work/store-sync"

echo "registry $registry, $n_tags tags, $runs runs each"
echo
echo "Requests (from the registry's access log):"
count_requests "isctl import-image --all (new)" "$import_cold" "$prepare_cold"
count_requests "isctl import-image --all (again)" "$import_warm" "$prepare_warm"
count_requests "isctl sync (no tag moved)" "$sync_cmd" "$prepare_unchanged"
count_requests "isctl sync (every tag moved)" "$sync_cmd" "$prepare_moved"
count_requests "skopeo inspect per tag" "$skopeo_loop"
count_requests "skopeo inspect --no-tags per tag" "$skopeo_no_tags"
echo

hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/times.json" \
  --command-name "isctl import-image --all (new)" --prepare "$prepare_cold" "$import_cold" \
  --command-name "isctl import-image --all (again)" --prepare "$prepare_warm" "$import_warm" \
  --command-name "isctl sync (no tag moved)" --prepare "$prepare_unchanged" "$sync_cmd" \
  --command-name "isctl sync (every tag moved)" --prepare "$prepare_moved" "$sync_cmd" \
  --command-name "skopeo inspect per tag" --prepare "true" "$skopeo_loop" \
  --command-name "skopeo inspect --no-tags per tag" --prepare "true" "$skopeo_no_tags" >/dev/null
echo "Wall time (hyperfine, $runs runs, median):"
jq -r '.results[] | "\(.command)\t\(.median)\t\(.min)\t\(.max)"' "$work/times.json" \
  | awk -F'\t' '{printf "%-34s median %6.3f s  (min %.3f, max %.3f)\n", $1, $2, $3, $4}'
