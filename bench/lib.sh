# Shared by the bench/ scripts (sourced): a free loopback port, Debian's docker-registry on it, a bare JVM's
# hello world as the anchor, and stopping what was started. The caller sets `work` (a temporary folder) first.
bench_pids=()

# Stops every process the script started (call from the EXIT trap).
bench_stop() {
  local pid
  for pid in "${bench_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until URL answers, whatever the status (a registry behind a password answers 401); 10 s at most.
bench_wait_for() { # URL
  for _ in $(seq 1 100); do curl -sS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "bench: $1 does not answer" >&2
  exit 1
}

# Starts docker-registry on a free loopback port, storage in $work/storage, and sets `registry` to host:port.
# ACCESS_LOG: on (requests are counted from $work/access.log) or off (it costs the registry a third more CPU
# per request). HTPASSWD: a password file the registry then asks for (basic auth); a second registry started so
# serves the same storage.
bench_start_registry() { # ACCESS_LOG [HTPASSWD]
  local disabled=true auth=""
  [ "$1" = on ] && disabled=false
  [ -n "${2:-}" ] && auth="auth: {htpasswd: {realm: bench, path: $2}}"
  registry="127.0.0.1:$(bench_free_port)"
  mkdir -p "$work/storage"
  cat > "$work/config-${registry##*:}.yml" <<YAML
version: 0.1
log: {level: error, accesslog: {disabled: $disabled}}
storage:
  filesystem: {rootdirectory: $work/storage}
  delete: {enabled: true}
  maintenance: {uploadpurging: {enabled: false}}
$auth
http:
  addr: $registry
  secret: bench-secret
YAML
  docker-registry serve "$work/config-${registry##*:}.yml" >>"$work/access.log" 2>>"$work/registry.err" &
  bench_pids+=($!)
  bench_wait_for "http://$registry/v2/"
}

# Compiles the anchor, a bare JVM printing hello world: run it as `java -cp "$work" Hello`.
bench_hello() {
  cat > "$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
JAVA
  javac -d "$work" "$work/Hello.java"
}
