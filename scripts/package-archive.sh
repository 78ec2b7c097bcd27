#!/usr/bin/env bash
# Builds target/isctl-<version>.tar.gz, the release archive for any Linux or macOS with Java 17 or later, from what
# 'mvn package' left in target/ (isctl.jar, lib/, man/). Run by Maven's 'dist' profile; by hand:
# scripts/package-archive.sh VERSION. Its folders follow a prefix (/usr/local, ~/.local, /opt/isctl-VERSION):
#   bin/isctl                                  the launcher (src/dist/archive/isctl): never builds
#   lib/isctl/isctl.jar, lib/isctl/lib/*.jar   isctl and its libraries
#   share/man/man1/isctl*.1                    man pages (man finds them from bin/ on the PATH)
#   share/bash-completion/completions/isctl    found by bash-completion from bin/ on the PATH
#   share/zsh/site-functions/_isctl            for zsh's fpath
#   share/isctl/examples/seed/                 the README's example store (the launcher's first run trains on it)
#   LICENSE, README.md
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: scripts/package-archive.sh VERSION}
for file in target/isctl.jar target/lib target/man/isctl.1; do
  [ -e "$file" ] || { echo "package-archive: error: $file is missing: run 'mvn package'" >&2; exit 1; }
done

name="isctl-$version"
work=target/archive
top=$work/$name
archive="target/$name.tar.gz"
rm -rf "$work" "$archive"
mkdir -p "$top/bin" "$top/lib/isctl/lib" "$top/share/man/man1" "$top/share/bash-completion/completions" \
  "$top/share/zsh/site-functions" "$top/share/isctl/examples"

sed "s/@VERSION@/$version/" src/dist/archive/isctl > "$top/bin/isctl"
chmod 755 "$top/bin/isctl"
cp target/isctl.jar "$top/lib/isctl/"
cp target/lib/*.jar "$top/lib/isctl/lib/"
cp target/man/*.1 "$top/share/man/man1/"
cp completions/isctl.bash "$top/share/bash-completion/completions/isctl"
cp completions/_isctl "$top/share/zsh/site-functions/_isctl"
cp -r examples/seed "$top/share/isctl/examples/seed"
rm -rf "$top/share/isctl/examples/seed/.isctl"   # a local run's state, git-ignored
cp LICENSE README.md "$top/"
chmod -R u=rwX,go=rX "$top"

# Owned by root, one time for every file (SOURCE_DATE_EPOCH when set), in name order: the same inputs give the
# same archive. GNU tar here; BSD tar (macOS) takes the files as they are.
stamp=${SOURCE_DATE_EPOCH:-$(date +%s)}
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -C "$work" -cf - "$name" \
    | gzip -9n > "$archive"
else
  tar -C "$work" -czf "$archive" "$name"
fi
rm -rf "$work"
echo "package-archive: $archive ($(du -h "$archive" | cut -f1))" >&2
