#!/usr/bin/env bash
# Installs what building and testing the release packages needs beyond a JDK and Maven (scripts/package-deb.sh,
# InstallIT): dpkg-dev for dpkg-shlibdeps (the .deb's Depends), man-db for 'man -w', and bash-completion, whose
# loader finds the installed completion file. Idempotent: installs only what is missing; needs root or sudo.
set -euo pipefail
missing=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || missing+=(dpkg-dev)
command -v man >/dev/null 2>&1 || missing+=(man-db)
[ -f /usr/share/bash-completion/bash_completion ] || missing+=(bash-completion)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-package-deps: not Debian or Ubuntu; install by hand: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-package-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-package-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
