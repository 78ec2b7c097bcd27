#!/usr/bin/env python3
"""Helpers of the fleet benchmark (bench/fleet.sh); Python's standard library only.

  fleet.py populate REGISTRY REPOS TAGS [GENERATION]
      Pushes one small image per repository fleet/app-NNN (its layer and config uploaded once, then mounted
      into the other repositories) and one manifest PUT per tag: each tag its own OCI manifest (an annotation
      names the tag and GENERATION, so a new generation moves every tag to a new digest).
  fleet.py store DIR REGISTRY REPOS TAGS
      Writes a store of REPOS streams fleet/app-NNN with TAGS spec tags each, every one importPolicy.scheduled,
      from REGISTRY/fleet/app-NNN:TAG; config.yaml names REGISTRY insecure (plain HTTP on loopback). The first
      'isctl sync' imports them all (no status yet), later ones re-check them.
  fleet.py proxy LISTEN_PORT UPSTREAM DELAY_MS [LOG]
      A reverse proxy on 127.0.0.1:LISTEN_PORT to UPSTREAM (host:port) that holds every request whose path has
      /manifests/ for DELAY_MS before passing it on: a registry that far away, for manifest requests. Responses
      are passed through byte for byte; one upstream connection per client connection. With LOG, each request
      line is appended to that file (to count requests).
  fleet.py heads REGISTRY REPOS TAGS [PARALLEL]
      One HEAD per tag and nothing else, PARALLEL at a time (default 8), over keep-alive connections: what the
      registry itself takes to answer that many HEADs (the floor of an unchanged sync).
  fleet.py tagslist REGISTRY REPOS [PARALLEL]
      The pattern of Argo CD Image Updater: per repository GET tags/list, then one manifest GET per tag, with
      keep-alive, PARALLEL repositories at a time (default 1). Prints the number of manifests read.
"""
import asyncio
import hashlib
import http.client
import io
import json
import os
import sys
import tarfile
import threading
from concurrent.futures import ThreadPoolExecutor

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
ACCEPT = ", ".join([
    OCI_MANIFEST,
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
])


def repo_name(i):
    return "fleet/app-%03d" % i


def tag_name(j):
    return "v1.%d.%d" % (j // 10, j % 10)


def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def connect(registry):
    host, port = registry.rsplit(":", 1)
    return http.client.HTTPConnection(host, int(port), timeout=60)


def request(conn, method, path, body=None, headers=None, expect=(200, 201, 202)):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    if response.status not in expect:
        raise SystemExit("%s %s: %d %s" % (method, path, response.status, data[:200]))
    return response, data


def small_image():
    layer_tar = io.BytesIO()
    with tarfile.open(fileobj=layer_tar, mode="w") as tar:
        content = b"hello from the isctl fleet benchmark\n"
        info = tarfile.TarInfo("hello.txt")
        info.size = len(content)
        info.mtime = 1704067200
        tar.addfile(info, io.BytesIO(content))
    raw = layer_tar.getvalue()
    import gzip
    layer = gzip.compress(raw, mtime=0)
    config = json.dumps({
        "architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z", "config": {},
        "rootfs": {"type": "layers", "diff_ids": [digest(raw)]},
    }, separators=(",", ":")).encode()
    return layer, config


def upload(conn, repo, data):
    d = digest(data)
    response, _ = request(conn, "POST", "/v2/%s/blobs/uploads/" % repo)
    location = response.getheader("Location")
    if location.startswith("http"):
        location = "/" + location.split("/", 3)[3]
    sep = "&" if "?" in location else "?"
    request(conn, "PUT", location + sep + "digest=" + d, body=data,
            headers={"Content-Type": "application/octet-stream"})
    return d


def mount(conn, repo, d, source):
    request(conn, "POST", "/v2/%s/blobs/uploads/?mount=%s&from=%s" % (repo, d, source), expect=(201,))


def populate(registry, repos, tags, generation="1"):
    layer, config = small_image()
    first = repo_name(0)

    def one(indexes):
        conn = connect(registry)
        for i in indexes:
            repo = repo_name(i)
            if i == 0:
                continue
            mount(conn, repo, digest(layer), first)
            mount(conn, repo, digest(config), first)
            push_tags(conn, repo)
        conn.close()

    def push_tags(conn, repo):
        for j in range(tags):
            manifest = json.dumps({
                "schemaVersion": 2, "mediaType": OCI_MANIFEST,
                "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                           "digest": digest(config), "size": len(config)},
                "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                            "digest": digest(layer), "size": len(layer)}],
                "annotations": {"io.isctl.bench.tag": "%s:%s" % (repo, tag_name(j)),
                                "io.isctl.bench.generation": generation},
            }, separators=(",", ":")).encode()
            request(conn, "PUT", "/v2/%s/manifests/%s" % (repo, tag_name(j)), body=manifest,
                    headers={"Content-Type": OCI_MANIFEST})

    conn = connect(registry)
    upload(conn, first, layer)
    upload(conn, first, config)
    push_tags(conn, first)
    conn.close()
    workers = 4
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, [range(k, repos, workers) for k in range(workers)]))


def store(directory, registry, repos, tags):
    os.makedirs(os.path.join(directory, "fleet"), exist_ok=True)
    with open(os.path.join(directory, "config.yaml"), "w") as f:
        f.write("apiVersion: config.openshift.io/v1\nkind: Image\nmetadata:\n  name: cluster\n"
                "spec:\n  registrySources:\n    insecureRegistries:\n    - %s\n" % registry)
    for i in range(repos):
        repo = repo_name(i)
        name = repo.split("/")[1]
        lines = ["apiVersion: image.openshift.io/v1", "kind: ImageStream", "metadata:",
                 "  name: " + name, "  namespace: fleet", "spec:", "  lookupPolicy:", "    local: false",
                 "  tags:"]
        for j in range(tags):
            lines += ["  - from:", "      kind: DockerImage",
                      "      name: %s/%s:%s" % (registry, repo, tag_name(j)),
                      "    importPolicy:", "      scheduled: true",
                      "    name: " + tag_name(j), "    referencePolicy:", "      type: Source"]
        with open(os.path.join(directory, "fleet", name + ".yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


async def proxy_connection(reader, writer, upstream, delay, log):
    host, port = upstream.rsplit(":", 1)
    try:
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
    except OSError:
        writer.close()
        return

    async def pipe_responses():
        try:
            while True:
                data = await up_reader.read(65536)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    responses = asyncio.ensure_future(pipe_responses())
    try:
        first = await reader.read(1)
        if first == b"\x16":
            # A TLS hello (an HTTPS probe): refused as Go's HTTP server refuses it.
            writer.write(b"HTTP/1.0 400 Bad Request\r\nConnection: close\r\n\r\n")
            await writer.drain()
            return
        while first:
            head = first + await reader.readuntil(b"\r\n\r\n")
            first = b""
            request_line = head.split(b"\r\n", 1)[0]
            if log is not None:
                log.write(request_line.decode("latin-1") + "\n")
                log.flush()
            if b"/manifests/" in request_line:
                await asyncio.sleep(delay)
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length) if length else b""
            up_writer.write(head + body)
            await up_writer.drain()
            first = await reader.read(1)
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        up_writer.close()
        await responses


def proxy(listen_port, upstream, delay_ms, log_file=None):
    delay = int(delay_ms) / 1000.0
    log = open(log_file, "a") if log_file else None

    async def main():
        server = await asyncio.start_server(
            lambda r, w: proxy_connection(r, w, upstream, delay, log), "127.0.0.1", int(listen_port))
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def heads(registry, repos, tags, parallel=8):
    parallel = int(parallel)
    work = [(repo_name(i), tag_name(j)) for i in range(repos) for j in range(tags)]

    def one(k):
        conn = connect(registry)
        for repo, tag in work[k::parallel]:
            request(conn, "HEAD", "/v2/%s/manifests/%s" % (repo, tag), headers={"Accept": ACCEPT})
        conn.close()

    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, range(parallel)))
    print(len(work))


def tagslist(registry, repos, parallel=1):
    count = [0]
    lock = threading.Lock()

    def one(i):
        conn = connect(registry)
        repo = repo_name(i)
        _, data = request(conn, "GET", "/v2/%s/tags/list" % repo)
        n = 0
        for tag in json.loads(data)["tags"]:
            request(conn, "GET", "/v2/%s/manifests/%s" % (repo, tag), headers={"Accept": ACCEPT})
            n += 1
        conn.close()
        with lock:
            count[0] += n

    with ThreadPoolExecutor(int(parallel)) as pool:
        list(pool.map(one, range(repos)))
    print(count[0])


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "populate":
        populate(args[0], int(args[1]), int(args[2]), *(args[3:4]))
    elif command == "store":
        store(args[0], args[1], int(args[2]), int(args[3]))
    elif command == "proxy":
        proxy(*args)
    elif command == "heads":
        heads(args[0], int(args[1]), int(args[2]), *args[3:4])
    elif command == "tagslist":
        tagslist(args[0], int(args[1]), *args[2:3])
    else:
        raise SystemExit(__doc__)
