#!/usr/bin/env python3
"""Writes kubectl-goldens.json: what kubectl prints for the JSONPath, custom-columns and --sort-by cases of
QueryGoldenTest, over the documents below.

kubectl cannot print without an API server, so this script serves the documents from a small fake one on
127.0.0.1 (discovery, list and get, nothing else) and runs `kubectl get` against it, exactly as a user would:
kubectl builds its v1 List, decodes it as unstructured (int64 and float64 numbers) and prints. The tests read
the documents and the outputs from the JSON file; they need neither kubectl nor this script.

Run it again when a case is added:  python3 kubectl-goldens.py   (needs kubectl on the PATH; v1.32 wrote the
file in the repository)
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

GROUP = "isctl.test"
VERSION = "v1"

# The things: namespaced objects of the fake group, listed per namespace in this order.
THINGS = [
    {
        "apiVersion": "isctl.test/v1", "kind": "Thing",
        "metadata": {"name": "web", "namespace": "alpha", "labels": {"app": "web", "tier": "front"},
                     "annotations": {"a.b/c": "d", "html": "<y&>"}, "creationTimestamp": "2024-01-02T03:04:05Z"},
        "spec": {
            "tags": [
                {"name": "v1", "from": {"kind": "DockerImage", "name": "quay.io/a/web:v1"}},
                {"name": "v2", "from": {"kind": "ImageStreamTag", "name": "web:v1"}},
                {"name": "latest"},
            ],
            "replicas": 3, "ratio": 1.5, "million": 1e6, "huge": 12345678901234567890, "tiny": 0.000001,
            "enabled": True, "nothing": None, "empty": {}, "none": [], "text": "caf\u00e9\u2028x\ttab",
            "size": "1Gi", "order": "10",
        },
        "status": {"conditions": [{"type": "Ready", "status": "True"},
                                  {"type": "Imported", "status": "False", "message": "failed: <none>"}]},
    },
    {
        "apiVersion": "isctl.test/v1", "kind": "Thing",
        "metadata": {"name": "api", "namespace": "alpha", "labels": {"app": "api"},
                     "creationTimestamp": "2023-05-06T07:08:09Z"},
        "spec": {"tags": [{"name": "v1"}], "replicas": 10, "ratio": 0.25, "enabled": False, "size": "500Mi",
                 "order": "9"},
    },
    {
        "apiVersion": "isctl.test/v1", "kind": "Thing",
        "metadata": {"name": "db", "namespace": "alpha", "creationTimestamp": "2025-01-01T00:00:00Z"},
        "spec": {"replicas": 2, "ratio": 2, "size": "2", "order": "b"},
    },
    {
        "apiVersion": "isctl.test/v1", "kind": "Thing",
        "metadata": {"name": "cache", "namespace": "alpha", "labels": {"tier": "back"}},
        "spec": {"tags": [], "order": "a"},
    },
]

# kubectl's JSONPath page: its input as one object (its List's items under "items" would make kubectl read a
# list, so the nodes are under "nodes").
DOC = {
    "apiVersion": "isctl.test/v1", "kind": "Doc", "metadata": {"name": "doc", "namespace": "alpha"},
    "nodes": [
        {"kind": "None", "metadata": {"name": "127.0.0.1", "labels": {"kubernetes.io/hostname": "127.0.0.1"}},
         "status": {"capacity": {"cpu": "4"}, "ready": True,
                    "addresses": [{"type": "LegacyHostIP", "address": "127.0.0.1"}]}},
        {"kind": "None", "metadata": {"name": "127.0.0.2", "labels": {"kubernetes.io/hostname": "127.0.0.2"}},
         "status": {"capacity": {"cpu": "8"}, "ready": False,
                    "addresses": [{"type": "LegacyHostIP", "address": "127.0.0.2"},
                                  {"type": "another", "address": "127.0.0.3"}]}},
    ],
    "users": [{"name": "myself", "user": {}}, {"name": "e2e", "user": {"username": "admin", "password": "secret"}}],
    "numbers": [1, 2, 3, 4, 5, 6],
    "points": [{"id": "i1", "x": 4, "y": -5}, {"id": "i2", "x": -2, "y": -5, "z": 1}, {"id": "i3", "x": 8, "y": 3},
               {"id": "i4", "x": -6, "y": -1}, {"id": "i5", "x": 0, "y": 2, "z": 1}, {"id": "i6", "x": 1, "y": 4}],
}

# Templates run with `kubectl get things -n alpha -o jsonpath=T` (the List) and, marked doc, with
# `kubectl get docs doc -n alpha -o jsonpath=T` (one object).
LIST_TEMPLATES = [
    "{.items[*].metadata.name}",
    "{.kind} {.apiVersion} {.metadata}",
    "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
    "{range .items[*]}{.metadata.name}{\"\\t\"}{.spec.replicas}{\"\\n\"}{end}",
    "{range .items[*]}{.metadata.name}:{range .spec.tags[*]}{.name},{end};{end}",
    "{.items[0].spec.tags[?(@.name==\"v2\")].from.name}",
    "{.items[*].spec.tags[?(@.name==\"v1\")].from.kind}",
    "{.items[?(@.metadata.labels.app==\"web\")].metadata.name}",
    "{.items[?(@.metadata.labels.app!=\"web\")].metadata.name}",
    "{.items[?(@.spec.replicas>2)].metadata.name}",
    "{.items[?(@.spec.replicas<=3)].metadata.name}",
    "{.items[?(@.spec.replicas>=10)].metadata.name}",
    "{.items[?(@.spec.ratio<1.0)].metadata.name}",
    "{.items[?(@.spec.enabled==true)].metadata.name}",
    "{.items[?(@.spec.enabled==false)].metadata.name}",
    "{.items[?(@.spec.tags)].metadata.name}",
    "{.items[?(@.metadata.labels.tier)].metadata.name}",
    "{.items[?(@.metadata.name<\"cache\")].metadata.name}",
    "{.items[0].metadata.annotations}",
    "{.items[0].metadata.annotations.a\\.b/c}",
    "{.items[0].metadata.annotations['a\\.b/c']}",
    "{.items[0].metadata['name']}",
    "{.items[0]['metadata.name']}",
    "{.items[0].metadata.labels.*}",
    "{.items[0].spec.tags[*].name}",
    "{.items[0].spec.tags[0]}",
    "{.items[0].spec.tags}",
    "{.items[0].spec.tags[-1].name}",
    "{.items[0].spec.tags[-2:].name}",
    "{.items[0].spec.tags[0:2].name}",
    "{.items[0].spec.tags[::2].name}",
    "{.items[0].spec.tags[1:].name}",
    "{.items[0].spec.tags[0:0].name}",
    "{.items[0].spec.tags[5:5].name}",
    "{.items[0].spec.tags[0,2].name}",
    "{.items[0].spec['replicas','ratio','million','huge','tiny','enabled']}",
    "{.items[0].spec.nothing}|{.items[0].spec.empty}|{.items[0].spec.none}",
    "{.items[0].spec.text}",
    "{.items[0].spec.million} {.items[0].spec.huge} {.items[0].spec.tiny} {.items[0].spec.ratio}",
    "{.items[0].status}",
    "{.items[0].status.conditions[?(@.type==\"Imported\")].message}",
    "{.items[*].spec.replicas}",
    "{.items[*].nosuch}",
    "before-{.nosuch}-after",
    "{.items[0].metadata.name.*}",
    "{$.items[1].metadata.name}",
    "{@.items[1].metadata.name}",
    "{ .items[1].metadata.name }",
    "{.items[1].metadata.name}{\"{\"}{\"}\"}",
    "{..app}",
    "{.items[1]..name}",
    "{range .items[*]}[{.metadata.name}, {.spec.replicas}] {end}",
    "{range .items[*]}{.metadata.name} ",
    "{range .items[*]}{range .spec.tags[*]}{.name} {end}{end}",
    "{range .items[?(@.spec.replicas)]}{.metadata.name}={.spec.replicas}{\"\\n\"}{end}",
    "{range .nosuch[*]}{.x}{end}done",
    "plain text",
    "",
    # errors
    "{.items[9].metadata.name}",
    "{.items[0].spec.tags[3:1].name}",
    "{.items[0].spec.tags[0:3:0].name}",
    "{.items[0].metadata[0]}",
    "{.items[?(@.spec.replicas==\"3\")].metadata.name}",
    "{.items[?(@.spec.replicas==3.0)].metadata.name}",
    "{.items[?(@.spec.enabled<true)].metadata.name}",
    "{.items[?(@.spec.tags[*].name==\"v1\")].metadata.name}",
    "{.items[?(@.metadata.name<>\"x\")].metadata.name}",
    "{.items[?(@.metadata.name=~\"w.*\")].metadata.name}",
    "{end}",
    "{range .items[*]}{.x}{end}{end}",
    "{.items[0}",
    "{.items[0].metadata.name",
    "{hello}",
    "{.items[a]}",
    "{\"unterminated}",
    "{.items[*]..........name}",
]

DOC_TEMPLATES = [
    "kind is {.kind}",
    "{.kind}",
    "{['kind']}",
    "{..name}",
    "{.nodes[*].metadata.name}",
    "{.users[0].name}",
    "{.nodes[*]['metadata.name', 'status.capacity']}",
    "{.users[?(@.name==\"e2e\")].user.password}",
    "{range .nodes[*]}[{.metadata.name}, {.status.capacity}] {end}",
    "{.nodes[0].metadata.labels.kubernetes\\.io/hostname}",
    "{.nodes[?(@.metadata.labels.kubernetes\\.io/hostname==\"127.0.0.1\")].kind}",
    "{.nodes[?(@..ready==true)].metadata.name}",
    "{range .nodes[*]}{.metadata.name}{\"\\t\"}{end}",
    "{.nodes[*].status.addresses[*].address}",
    "{range .nodes[*]}{range .status.addresses[*]}{.address}, {end}{end}",
    "{range .nodes[*]}{.metadata.name}, {end}{.kind}",
    "{.numbers}",
    "{.numbers[0]}",
    "{.numbers[-1]}",
    "{.numbers[-2]}",
    "{.numbers[0:2]}",
    "{.numbers[:2]}",
    "{.numbers[:4:2]}",
    "{.numbers[1::2]}",
    "{.numbers[0:-1]}",
    "{.numbers[-6]}",
    "{.numbers[-7]}",
    "{.numbers[-1:-2]}",
    "{.numbers[?(@<3)]}",
    "{.numbers[?(@>=5)]}",
    "{.numbers[1,3,4]}",
    "{.points[?(@.z)].id}",
    "{.points[0]['id']}",
    "{.points[?(@.x<0)].id}",
    "{.points[?(@.x==@.y)].id}",
    "{.users[*].user}",
    "{.users[*].user.*}",
    "{..}",
    "{.users[?(@.name==\"e2e\")]}",
]

# Templates run with `kubectl get things -n alpha -o jsonpath-as-json=T`.
AS_JSON_TEMPLATES = [
    "{.items[*].metadata.name}",
    "{.kind} {.items[0].spec.replicas}",
    "{range .items[*]}{.metadata.name}{end}",
    "{.items[0].spec.tags[0]}",
    "{.items[*].nosuch}",
    "{.items[0].spec['ratio','million','huge','nothing','empty']}",
]

# Columns run with `kubectl get things -n alpha -o custom-columns=C` (and -o custom-columns-file).
COLUMNS = [
    "NAME:.metadata.name",
    "NAME:.metadata.name,REPLICAS:.spec.replicas,RATIO:.spec.ratio",
    "NAME:metadata.name,TAGS:.spec.tags[*].name",
    "NAME:{.metadata.name},APP:{.metadata.labels.app}",
    "N:.metadata.name,LABELS:.metadata.labels,TAGS:.spec.tags",
    "N:.metadata.name,NOTHING:.spec.nothing,EMPTY:.spec.empty,NONE:.spec.none,ENABLED:.spec.enabled",
    "N:.metadata.name,BIG:.spec.million,HUGE:.spec.huge,TINY:.spec.tiny",
    "N:.metadata.name,TEXT:.spec.text",
    "A_VERY_LONG_HEADER_NAME:.metadata.name,X:.kind",
    "N:.metadata.name,FIRST:.spec.tags[0].name",
    "N:.metadata.name,FROM:.spec.tags[?(@.name==\"v1\")].from.name",
    # errors
    "NAME",
    "NAME:.metadata.name,",
    "NAME:{.a}{.b}",
    "",
]

# Sort fields run with `kubectl get things -n alpha --sort-by=F -o custom-columns=NAME:.metadata.name`.
SORTS = [
    ".metadata.name",
    "metadata.name",
    "{.metadata.name}",
    ".spec.replicas",
    ".spec.ratio",
    ".spec.size",
    ".spec.order",
    ".metadata.creationTimestamp",
    ".metadata.labels.app",
    ".spec.tags[0].name",
    ".spec.enabled",
    # errors
    ".nosuch",
    ".spec.tags",
]


def serve():
    resources = {
        "things": ("Thing", "ThingList", {("alpha", t["metadata"]["name"]): t for t in THINGS}),
        "docs": ("Doc", "DocList", {("alpha", "doc"): DOC}),
    }

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            path = urlparse(self.path).path.rstrip("/")
            if path == "/api":
                return self.reply(200, {"kind": "APIVersions", "versions": ["v1"],
                                        "serverAddressByClientCIDRs": []})
            if path == "/api/v1":
                return self.reply(200, {"kind": "APIResourceList", "groupVersion": "v1", "resources": []})
            if path == "/apis":
                gv = {"groupVersion": GROUP + "/" + VERSION, "version": VERSION}
                return self.reply(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
                    {"name": GROUP, "versions": [gv], "preferredVersion": gv}]})
            prefix = "/apis/" + GROUP + "/" + VERSION
            if path == prefix:
                return self.reply(200, {"kind": "APIResourceList", "apiVersion": "v1",
                                        "groupVersion": GROUP + "/" + VERSION, "resources": [
                    {"name": name, "singularName": kind.lower(), "namespaced": True, "kind": kind,
                     "verbs": ["get", "list"]} for name, (kind, _, _) in resources.items()]})
            parts = path[len(prefix):].strip("/").split("/") if path.startswith(prefix) else []
            if len(parts) >= 3 and parts[0] == "namespaces" and parts[2] in resources:
                kind, list_kind, objects = resources[parts[2]]
                namespace = parts[1]
                if len(parts) == 3:
                    items = [o for (ns, _), o in objects.items() if ns == namespace]
                    return self.reply(200, {"apiVersion": GROUP + "/" + VERSION, "kind": list_kind,
                                            "metadata": {"resourceVersion": "1"}, "items": items})
                found = objects.get((namespace, parts[3]))
                if found is not None:
                    return self.reply(200, found)
            return self.reply(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                    "reason": "NotFound", "code": 404, "message": "not found"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def kubectl(server, cache, *args):
    command = ["kubectl", "--server", "http://127.0.0.1:%d" % server.server_address[1], "--cache-dir", cache,
               "-n", "alpha", "get", *args]
    done = subprocess.run(command, capture_output=True, env={"PATH": os.environ["PATH"], "HOME": cache})
    return {"out": done.stdout.decode("utf-8", "surrogateescape"),
            "err": done.stderr.decode("utf-8", "surrogateescape"), "exit": done.returncode}


def main():
    server = serve()
    cases = []
    with tempfile.TemporaryDirectory() as cache:
        for template in LIST_TEMPLATES:
            cases.append({"kind": "jsonpath", "target": "list", "template": template,
                          **kubectl(server, cache, "things", "-o", "jsonpath=" + template)})
        for template in DOC_TEMPLATES:
            cases.append({"kind": "jsonpath", "target": "doc", "template": template,
                          **kubectl(server, cache, "docs", "doc", "-o", "jsonpath=" + template)})
        for template in AS_JSON_TEMPLATES:
            cases.append({"kind": "jsonpath-as-json", "target": "list", "template": template,
                          **kubectl(server, cache, "things", "-o", "jsonpath-as-json=" + template)})
        for columns in COLUMNS:
            cases.append({"kind": "custom-columns", "target": "list", "template": columns,
                          **kubectl(server, cache, "things", "-o", "custom-columns=" + columns)})
            cases.append({"kind": "custom-columns --no-headers", "target": "list", "template": columns,
                          **kubectl(server, cache, "things", "--no-headers", "-o", "custom-columns=" + columns)})
        file = os.path.join(cache, "columns.txt")
        with open(file, "w") as f:
            f.write("NAME    REPLICAS        TAGS\n.metadata.name  {.spec.replicas}  spec.tags[*].name\n")
        cases.append({"kind": "custom-columns-file", "target": "list",
                      "template": "NAME    REPLICAS        TAGS\n.metadata.name  {.spec.replicas}  spec.tags[*].name\n",
                      **kubectl(server, cache, "things", "-o", "custom-columns-file=" + file)})
        for field in SORTS:
            cases.append({"kind": "sort-by", "target": "list", "template": field,
                          **kubectl(server, cache, "things", "--sort-by=" + field,
                                    "-o", "custom-columns=NAME:.metadata.name")})
    version = subprocess.run(["kubectl", "version", "--client", "-o", "json"], capture_output=True).stdout
    golden = {"kubectl": json.loads(version)["clientVersion"]["gitVersion"], "things": THINGS, "doc": DOC,
              "cases": cases}
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kubectl-goldens.json")
    with open(target, "w") as f:
        json.dump(golden, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("wrote %d cases to %s" % (len(cases), target), file=sys.stderr)


if __name__ == "__main__":
    main()
