#!/usr/bin/env bash
# JMH micro-benchmarks of the reference parser, the YAML round trip and the resolution rules.
# Usage: bench/jmh.sh [JMH options]   (default: 5 warm-up and 10 measured iterations of 1 s, 2 forks: about 3 min)
#        BENCH=FleetStream bench/jmh.sh    only the benchmarks whose name matches (default: all of io.isctl.bench)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never -DskipTests test-compile
# Into a file: Maven's console prints colour codes even when asked not to.
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
cp=$(cat target/test-classpath.txt)
if [ "$#" -eq 0 ]; then
  set -- -wi 5 -i 10 -w 1s -r 1s -f 2
fi
exec java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main "$@" "io.isctl.bench.${BENCH:-}.*"
