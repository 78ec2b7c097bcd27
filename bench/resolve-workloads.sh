#!/usr/bin/env bash
# Benchmark of `isctl resolve -f` on a generated folder of manifests holding 10,000 containers (by default):
# whole-process wall time with hyperfine (medians), peak memory (maximum resident set size) with GNU time.
# Needs Debian's hyperfine and time: apt-get install -y hyperfine time
#
# Usage: bench/resolve-workloads.sh [CONTAINERS]   (default 10000; 10 containers per Deployment)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
isctl="$root/bin/isctl"
containers="${1:-10000}"
per=10
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing: apt-get install -y hyperfine time" >&2; exit 1; }
done

cp -r "$root/examples/seed" "$work/store"
export ISCTL_STORE="$work/store" ISCTL_NAMESPACE=myproject
"$isctl" set image-lookup myimage-ref-source myimage-ref-local >/dev/null

# Each Deployment mixes what real manifests hold: short names resolved by lookup, names of no stream,
# images with registries, a trigger annotation; every fourth one is a DeploymentConfig with a trigger.
mkdir -p "$work/k8s"
files=$(( (containers + per - 1) / per ))
python3 - "$work/k8s" "$files" "$per" <<'PY'
import sys
out, files, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
images = ["myimage-ref-source:mytag", "myimage-ref-local:mytag", "nginx:1.25", "quay.io/org/app:v1",
          "registry.example.com:5000/team/svc@sha256:" + "a" * 64, "busybox"]
for f in range(files):
    dc = f % 4 == 3
    lines = []
    if dc:
        lines += ["apiVersion: apps.openshift.io/v1", "kind: DeploymentConfig", "metadata:", f"  name: dc-{f}",
                  "spec:", "  triggers:", "  - type: ImageChange", "    imageChangeParams:", "      automatic: true",
                  "      containerNames: [c0]", "      from:", "        kind: ImageStreamTag",
                  "        name: myimage-internal:mytag"]
    else:
        lines += ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: web-{f}", "  labels:",
                  f"    app: web-{f}", "  annotations:",
                  "    image.openshift.io/triggers: '[{\"from\":{\"kind\":\"ImageStreamTag\",\"name\":\"myimage-internal:mytag\"},"
                  "\"fieldPath\":\"spec.template.spec.containers[0].image\"}]'",
                  "spec:", "  replicas: 2", "  selector:", "    matchLabels:", f"      app: web-{f}"]
    lines += ["  template:", "    metadata:", "      labels:", f"        app: web-{f}", "    spec:", "      containers:"]
    for c in range(per):
        lines += [f"      - name: c{c}", f"        image: {images[(f + c) % len(images)]}",
                  "        ports:", "        - containerPort: 8080", "        resources:",
                  "          limits: {cpu: 100m, memory: 128Mi}"]
    with open(f"{out}/app-{f:05d}.yaml", "w") as fh:
        fh.write("\n".join(lines) + "\n")
PY
echo "$(ls "$work/k8s" | wc -l) files, $containers containers, $(du -sh "$work/k8s" | cut -f1) of YAML"

"$isctl" version >/dev/null   # builds the jar if needed, outside the measurement
"$isctl" resolve -f "$work/k8s" -o json | python3 -c '
import json, sys, collections
r = json.load(sys.stdin)
print("containers:", len(r["containers"]), dict(collections.Counter(c["status"] for c in r["containers"])))'

echo
echo "== peak memory (GNU time -v)"
/usr/bin/time -v "$isctl" resolve -f "$work/k8s" > "$work/out.yaml" 2> "$work/time.txt" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"

echo
echo "== wall time (hyperfine, ${RUNS:-10} runs; median, min, max)"
# --in-place runs on a fresh copy each time (the copy is made outside the measurement).
hyperfine --style basic --warmup 1 --runs "${RUNS:-10}" --export-json "$work/times.json" \
  --command-name "resolve -f to stdout" --prepare "true" "$isctl resolve -f $work/k8s > /dev/null" \
  --command-name "resolve -f --in-place" --prepare "rm -rf $work/run && cp -r $work/k8s $work/run" \
  "$isctl resolve -f $work/run --in-place" \
  --command-name "version (start-up alone)" --prepare "true" "$isctl version" >/dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:<28} median {r['median']:6.3f} s  (min {r['min']:.3f}, max {r['max']:.3f}), "
          f"user {r['user']:.2f} s")
PY
