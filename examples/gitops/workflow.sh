#!/usr/bin/env bash
# GitOps with isctl: manifests and image streams live in git; when a stream tag moves, the manifests are
# rewritten to pin the image the cluster would run, and the change is an ordinary commit to review.
#
# Every manifest here follows app:prod through a trigger (the annotation, or a DeploymentConfig's
# imageChangeParams), so each run moves it to the tag's current image. A manifest that relies on local lookup
# alone (a short name such as app:prod) is pinned once: after that it names a digest, which admission never
# rewrites. Render those instead of rewriting them: isctl resolve -f k8s > rendered.yaml
#
# Runs offline against a copy of the bundled example store (examples/seed) in a temporary git repository.
# The "new image" step is `isctl sync` (the controllers' import loop); without a registry to import from,
# it is simulated with `isctl tag`, which moves app:prod to another stream's image. Set GITOPS_SYNC=1 to run
# the real `isctl sync` instead, against a store whose sources are reachable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
isctl="$here/../../bin/isctl"
repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT

show() { printf '\n$ %s\n' "$*"; "$@"; }

cp -r "$here/../seed" "$repo/imagestreams"
cp -r "$here/k8s" "$repo/k8s"
cd "$repo"
export ISCTL_STORE="$repo/imagestreams" ISCTL_NAMESPACE=myproject
git init -q -b main . && git config user.email gitops@example.com && git config user.name gitops

# The stream the manifests follow: app:prod, first at the external image pinned by digest.
show "$isctl" tag myimage-ref-source:mytag app:prod
show "$isctl" resolve app:prod
# Pin the manifests to it, and commit.
show "$isctl" resolve -f k8s --in-place --strict
git add -A && git commit -qm "app:prod at its first image"
show git show --stat --oneline HEAD

# A new image arrives.
if [ "${GITOPS_SYNC:-0}" = 1 ]; then
  show "$isctl" sync app
else
  printf '\n# isctl sync would import the new image here; offline, move app:prod to another image instead:\n'
  show "$isctl" tag myimage-internal:mytag app:prod
fi
show "$isctl" resolve app:prod

# Roll it into the manifests: only the image fields (and lastTriggeredImage) change.
show "$isctl" resolve -f k8s --in-place --strict
show git diff --stat
show git diff -U1
show "$isctl" resolve -f k8s --explain
git commit -qam "Roll app:prod into the manifests"
show git log --oneline
