#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (Debian's docker-registry, run by
# the tests themselves on 127.0.0.1; zsh and tmux; what the .deb is built and tested with), then builds, packages
# (the release archive and the .deb: Maven's 'dist' profile) and runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x scripts/install-test-deps.sh ]; then
  scripts/install-test-deps.sh
fi
# zsh and tmux for the completion and shell tests.
scripts/install-shell-test-deps.sh
# dpkg-dev, man-db and bash-completion: the .deb that 'mvn package' builds, and InstallIT, which installs it.
scripts/install-package-deps.sh

mvn -B -ntp verify "$@"
