#!/usr/bin/env bash
# Runs a bench main of this module: benchmarks/run.sh <BenchClass> [args...]
# e.g. benchmarks/run.sh ListingSearchBench 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:?usage: benchmarks/run.sh <BenchClass> [args...]}"; shift
# One reactor build: the module jars on the classpath are this checkout's own target/*.jar, not the copies in the local
# Maven repository, which another checkout's install may replace while a bench runs.
mvn -B -q -Dstyle.color=never -DskipTests install dependency:build-classpath -pl benchmarks -am \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
  -Dmvel2.disable.jit=true -Xmx2g \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" "com.coopromo.bench.$bench" "$@"
