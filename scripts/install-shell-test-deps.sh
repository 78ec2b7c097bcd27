#!/usr/bin/env bash
# Installs what the completion and shell tests drive: real zsh and tmux (bash is always there), and hyperfine
# for scripts/benchmark-startup.sh. Idempotent: installs only what is missing; needs root or sudo for apt.
set -euo pipefail
missing=()
for tool in zsh tmux hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-shell-test-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-shell-test-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
