#!/usr/bin/env bash
# Builds target/isctl_<version>_<arch>.deb with the JDK's own tools, from what 'mvn package' left in target/
# (isctl.jar, lib/, man/). Run by Maven's 'dist' profile; by hand: scripts/package-deb.sh VERSION [JAVA_HOME].
#
# The package carries its own Java runtime, so the machine needs no Java:
#   /usr/bin/isctl                              the launcher (src/dist/deb/isctl)
#   /usr/lib/isctl/isctl.jar, lib/*.jar         isctl and its libraries
#   /usr/lib/isctl/runtime/                     a jlink image of only the modules isctl uses, with the class-data
#                                               archives of isctl's classes (runtime/lib/isctl*.jsa), made here
#   /usr/share/man/man1/isctl*.1.gz             the man pages
#   /usr/share/bash-completion/completions/isctl, /usr/share/zsh/vendor-completions/_isctl
#   /usr/share/isctl/examples/seed/             the example store of the README
# Nothing is written at run time, so 'apt-get remove isctl' leaves nothing behind.
#
# Needs dpkg-deb and dpkg-shlibdeps (dpkg-dev), and a JDK with jmods (Debian's openjdk-17-jdk-headless has them).
# On a machine without dpkg-deb (not Debian or Ubuntu) it says so and builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: scripts/package-deb.sh VERSION [JAVA_HOME]}
jdk=${2:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

say() { echo "package-deb: $*" >&2; }
fail() { echo "package-deb: error: $*" >&2; exit 1; }

if ! command -v dpkg-deb >/dev/null 2>&1; then
  say "no dpkg-deb on this machine: no .deb built (the release archive does not need it)"
  exit 0
fi
command -v dpkg-shlibdeps >/dev/null 2>&1 || fail "dpkg-shlibdeps is missing: apt-get install dpkg-dev (scripts/install-package-deps.sh)"
[ -x "$jdk/bin/jlink" ] || fail "no jlink in $jdk: the .deb needs a JDK"
[ -f "$jdk/jmods/java.base.jmod" ] || fail "no jmods in $jdk/jmods: install the JDK's jmods (Debian: openjdk-17-jdk-headless)"
for file in target/isctl.jar target/lib target/man/isctl.1; do
  [ -e "$file" ] || fail "$file is missing: run 'mvn package'"
done

# Debian's version syntax: no '-' without a Debian revision, and '~' sorts before the release it precedes, so
# 0.1.0-SNAPSHOT becomes 0.1.0~SNAPSHOT (older than 0.1.0, as Maven sees it too).
deb_version=${version//-/\~}
[[ $deb_version =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || fail "version '$version' cannot be a Debian version"
arch=$(dpkg --print-architecture)
deb="target/isctl_${deb_version}_${arch}.deb"

work=target/deb
root=$work/root
lib=$root/usr/lib/isctl
rm -rf "$work" "$deb"
mkdir -p "$lib/lib" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/isctl" "$root/usr/share/isctl/examples" "$root/DEBIAN"

# The modules: what jdeps finds in isctl and its libraries, less the ones the libraries only use when present
# ('requires static' in their module descriptors: java.desktop for SnakeYAML's JavaBeans and Jackson's
# @ConstructorProperties, java.sql and java.xml for Jackson's date and DOM types, none of which isctl reads),
# plus what jdeps cannot see: jdk.crypto.ec (the TLS key exchanges registries use, a security provider) and
# jdk.unsupported (sun.misc.Signal, which JLine reaches by reflection for Ctrl-C in 'isctl shell').
found=$("$jdk/bin/jdeps" --list-deps --ignore-missing-deps --multi-release 17 --class-path 'target/lib/*' \
  target/isctl.jar | sed -e 's/^ *//' -e 's|/.*||' | grep -E '^[a-z][a-z0-9.]*$' | sort -u)
modules=$(printf '%s\n' $found jdk.crypto.ec jdk.unsupported | grep -vxE 'java\.(desktop|sql|xml)' | sort -u | paste -sd,)
say "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-java-debug-attributes --no-header-files --no-man-pages \
  --output "$lib/runtime"

cp target/isctl.jar "$lib/isctl.jar"
cp target/lib/*.jar "$lib/lib/"
install -m 755 src/dist/deb/isctl "$root/usr/bin/isctl"
for page in target/man/*.1; do
  gzip -9n < "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"
done
cp completions/isctl.bash "$root/usr/share/bash-completion/completions/isctl"
cp completions/_isctl "$root/usr/share/zsh/vendor-completions/_isctl"
cp -r examples/seed "$root/usr/share/isctl/examples/seed"
rm -rf "$root/usr/share/isctl/examples/seed/.isctl"   # a local run's state, git-ignored
{
  echo "isctl $version"
  echo
  echo "The Java runtime under /usr/lib/isctl/runtime is OpenJDK (GPLv2 with the Classpath Exception):"
  echo "its notices are in /usr/lib/isctl/runtime/legal. isctl itself:"
  echo
  cat LICENSE
} > "$root/usr/share/doc/isctl/copyright"
chmod -R u=rwX,go=rX "$root/usr"

# Every file gets one modification time before the archives are made: the archives record the jars' times, and
# dpkg-deb would clamp any time later than SOURCE_DATE_EPOCH when that is set.
stamp=${SOURCE_DATE_EPOCH:-$(date +%s)}
find "$root/usr" -exec touch -h -d "@$stamp" {} +

# The class-data archives, made with the package's own runtime from the class lists of runs over a copy of the
# example store, as bin/isctl makes its own: one for the commands that read the store, one that adds OkHttp,
# Kotlin and TLS from a real import and sync (against isctl's training registry on loopback: nothing leaves the
# machine) for those that reach registries, one that adds picocli and runs of get, describe, resolve -f and set
# image-lookup -f for the other commands that read the store. An archive records the jars' paths and accepts no other at run time, so the jars are reached here
# as the launcher reaches them: through a file descriptor open on the folder (/proc/self/fd/9/isctl.jar), a
# path that is the same here and under /usr/lib/isctl.
# Class lists merged: each line as many times as the list that has it most (a line per class, but an
# '@lambda-proxy' line per call site: the same lambda at four places is four lines, and keeping one would leave
# three proxies out of the archive), without the ids Java 21 and later number the lines with.
merge_lists='FNR == 1 { split("", count) } { sub(/ id: [0-9][0-9]*$/, "") }
  ++count[$0] > most[$0] { most[$0] = count[$0]; lines[++n] = $0 } END { for (i = 1; i <= n; i++) print lines[i] }'
train=$work/train
mkdir -p "$train"
cp -r examples/seed "$train/store"
echo '{}' > "$train/auth.json"
# The archives of the commands that read the store for G1 (they then hold heap objects too), the registry one for the serial
# collector: the collectors src/dist/deb/isctl runs them with.
java=("$lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData)
read_gc=-XX:+UseG1GC
registry_gc=-XX:+UseSerialGC
(
  exec 9<"$lib"
  unset HTTPS_PROXY HTTP_PROXY https_proxy http_proxy ISCTL_JAVA_OPTS
  cp=/proc/self/fd/9/isctl.jar
  args=(--store "$train/store" -n myproject --registry-config "$train/auth.json")
  # The runs the store's archive serves most: a resolve, a version, two Tabs (the words after '--', as the
  # completion scripts send them).
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/read1.classlist" -cp "$cp" io.isctl.Main "${args[@]}" \
    resolve myimage-ref-local:mytag --explain >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/read2.classlist" -cp "$cp" io.isctl.Main "${args[@]}" \
    version >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/read3.classlist" -cp "$cp" io.isctl.Main \
    __complete -- "${args[@]}" resolve myimage-ref-local: >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/read4.classlist" -cp "$cp" io.isctl.Main \
    __complete -- "${args[@]}" r >/dev/null
  awk "$merge_lists" "$train"/read[1-4].classlist > "$train/read.classlist"
  # The other commands that read the store: get, describe, and workload files (a folder of manifests, then its
  # file: both ways -f reads; --filename=, which picocli splits) from the jar's training manifests.
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands1.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" get is -o wide >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands2.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" describe is myimage-ref-local >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands3.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" get is myimage-ref-local -o yaml >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands4.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" get istag -o json >/dev/null
  mkdir "$train/workloads"
  manifests=$train/workloads/workloads.yaml
  "${java[@]}" -cp "$lib/isctl.jar" io.isctl.training.TrainingWorkloads "$manifests"
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands5.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" resolve -f "$train/workloads" >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands6.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" resolve --filename="$manifests" --explain >/dev/null
  "${java[@]}" "$read_gc" -XX:DumpLoadedClassList="$train/commands7.classlist" -cp "$cp" io.isctl.Main \
    "${args[@]}" set image-lookup -f "$manifests" >/dev/null
  awk "$merge_lists" "$train/read.classlist" "$train"/commands[1-7].classlist > "$train/commands.classlist"
  # A real import and a sync of its unchanged tags, from isctl's training registry on loopback (a JVM of its own:
  # nothing leaves the machine, and none of its classes enters an archive).
  "${java[@]}" "$registry_gc" -cp "$lib/isctl.jar" io.isctl.training.TrainingRegistry "$train/registry" >/dev/null 2>&1 &
  registry_pid=$!
  for _ in $(seq 1 200); do [ -s "$train/registry" ] && break; sleep 0.05; done
  [ -s "$train/registry" ] || { kill "$registry_pid" 2>/dev/null; fail "the training registry did not start"; }
  registry=$(cat "$train/registry")
  "${java[@]}" "$registry_gc" -XX:DumpLoadedClassList="$train/import.classlist" -cp "$cp" io.isctl.Main "${args[@]}" \
    import-image app --from="$registry/train/app" --all --confirm --insecure --scheduled >/dev/null
  # As a sync meets the files of a store: written long before (so it reads each once).
  find "$train/store" -name '*.yaml' -exec touch -t 200001010000 {} +
  "${java[@]}" "$registry_gc" -XX:DumpLoadedClassList="$train/sync.classlist" -cp "$cp" io.isctl.Main "${args[@]}" sync >/dev/null
  kill "$registry_pid" 2>/dev/null || true
  wait "$registry_pid" 2>/dev/null || true
  awk "$merge_lists" "$train/read.classlist" "$train/import.classlist" "$train/sync.classlist" \
    > "$train/registry.classlist"
  for name in read registry commands; do
    archive=isctl-$name.jsa gc=$read_gc
    [ "$name" = read ] && archive=isctl.jsa
    [ "$name" = registry ] && gc=$registry_gc
    "${java[@]}" "$gc" -Xshare:dump -XX:SharedClassListFile="$train/$name.classlist" \
      -XX:SharedArchiveFile="$lib/runtime/lib/$archive" -cp "$cp" > "$train/$name.dump.log" 2>&1 \
      || { cat "$train/$name.dump.log" >&2; exit 1; }
  done
  # The proof that the archives hold: -Xshare:on refuses to start with an archive it cannot use.
  "${java[@]}" "$read_gc" -Xshare:on -XX:SharedArchiveFile="$lib/runtime/lib/isctl.jsa" -cp "$cp" io.isctl.Main \
    version >/dev/null
  "${java[@]}" "$registry_gc" -Xshare:on -XX:SharedArchiveFile="$lib/runtime/lib/isctl-registry.jsa" -cp "$cp" \
    io.isctl.Main version >/dev/null
  "${java[@]}" "$read_gc" -Xshare:on -XX:SharedArchiveFile="$lib/runtime/lib/isctl-commands.jsa" -cp "$cp" \
    io.isctl.Main version >/dev/null
)
chmod 644 "$lib"/runtime/lib/isctl*.jsa
touch -h -d "@$stamp" "$lib"/runtime/lib/isctl*.jsa

# Depends: the shared libraries of the runtime, as dpkg-shlibdeps reads them (libc6, libstdc++6, zlib1g...).
mkdir -p "$work/shlibs/debian"
printf 'Source: isctl\n\nPackage: isctl\nArchitecture: any\n' > "$work/shlibs/debian/control"
binaries=$(find "$(pwd)/$lib/runtime" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper -o -name jexec \))
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O -l"$(pwd)/../root/usr/lib/isctl/runtime/lib" \
  -l"$(pwd)/../root/usr/lib/isctl/runtime/lib/server" $binaries 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependencies"
rm -rf "$work/shlibs"

installed_size=$(du -sk --apparent-size "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: isctl
Version: $deb_version
Architecture: $arch
Maintainer: isctl developers <isctl@users.noreply.invalid>
Installed-Size: $installed_size
Depends: $depends
Section: utils
Priority: optional
Description: OpenShift ImageStreams outside a cluster
 isctl runs oc's tag, import-image and set image-lookup on a folder of
 ImageStream YAML, applies the API server's rules as a cluster would, and
 tells which image a Pod would really pull. It brings its own Java runtime.
EOF
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"

# gzip: a few seconds where xz takes a minute on two cores, for a third more bytes; every dpkg reads it.
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
rm -rf "$work"
say "$deb ($(du -h "$deb" | cut -f1), installs $((installed_size / 1024)) MB)"
