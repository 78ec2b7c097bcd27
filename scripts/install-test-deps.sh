#!/usr/bin/env bash
# Installs what the test suite needs beyond Maven: Debian's docker-registry (the CNCF distribution
# registry that LocalRegistry starts on loopback). Idempotent: does nothing when it is already there.
set -euo pipefail

if command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: docker-registry is missing and this is not root; run: sudo apt-get install -y docker-registry" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have empty package lists: update first, once.
if ! apt-cache show docker-registry >/dev/null 2>&1; then
  apt-get update -qq
fi
apt-get install -y -qq docker-registry >/dev/null
command -v docker-registry >/dev/null
