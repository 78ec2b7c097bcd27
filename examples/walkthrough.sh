#!/usr/bin/env bash
# The article's variations on a temporary copy of the seed store, offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
isctl="$here/../bin/isctl"
store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT
cp -r "$here/seed/." "$store/"
export ISCTL_STORE="$store" ISCTL_NAMESPACE=myproject

show() { printf '\n$ isctl %s\n' "$*"; "$isctl" "$@" || true; }

show get is -o wide
for s in myimage-ref-source myimage-ref-local myimage-reference myimage-internal; do
  show resolve "$s:mytag"
done
show resolve myimage-ref-local:mytag --explain
for src in myimage-ref-source myimage-ref-local myimage-reference myimage-internal; do
  show tag "$src:mytag" "fromis-ref-source-$src:mytag" --offline
  show tag "$src:mytag" "fromis-reference-$src:mytag" --reference=true
  show tag "$src:mytag" "fromis-ref-local-$src:mytag" --reference-policy=local --offline
done
show get is -o wide
show resolve myimage-reference:mytag --via=lookup
show set image-lookup myimage-reference
show resolve myimage-reference:mytag --via=lookup --explain
