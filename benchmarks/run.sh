#!/usr/bin/env bash
# Runs a bench main of this module: benchmarks/run.sh <BenchClass> [args...]
# e.g. benchmarks/run.sh ListingSearchBench 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:?usage: benchmarks/run.sh <BenchClass> [args...]}"; shift
mvn -B -q -Dstyle.color=never -DskipTests install -pl benchmarks -am
mvn -B -q -Dstyle.color=never -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
  -Dmvel2.disable.jit=true -Xmx2g \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" "com.coopromo.bench.$bench" "$@"
