#!/usr/bin/env bash
# Starts the demo store: Broadleaf storefront (/) and admin (/admin) with the cooperative promotions module,
# embedded PostgreSQL and Elasticsearch, and a seeded demo marketplace. Ctrl-C stops everything it started.
# Options: ./demo.sh --help
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  echo "Usage: ./demo.sh [--port=8080] [--data-dir=demo-data] [--db-url=jdbc:postgresql://...] [--search-url=https://...]"
  echo "See README.md (Demo store) for every option."
  exit 0
fi

command -v java >/dev/null || { echo "java (JDK 17) is required" >&2; exit 1; }
command -v mvn >/dev/null || { echo "mvn (Maven 3.8+) is required" >&2; exit 1; }

classpath_file=demo-store/target/demo-classpath.txt
# Build when nothing is built yet or any source changed since the last build.
if [[ ! -f "$classpath_file" ]] || [[ -n "$(find . -path ./demo-data -prune -o \( -name '*.java' -o -name '*.xml' -o -name '*.html' -o -name '*.properties' -o -name '*.css' \) -newer "$classpath_file" -print -quit)" ]]; then
  echo "Building (first run downloads dependencies; later runs only recompile) ..."
  mvn -B -q -Dstyle.color=never -DskipTests install
  mvn -B -q -Dstyle.color=never -pl demo-store dependency:build-classpath -Dmdep.outputFile="target/demo-classpath.txt" -Dmdep.includeScope=runtime
fi

# ./demo.sh --rebuild-hub-index [options]: rebuilds the hub's search index instead of starting the store
main=com.coopromo.demo.DemoStore
args=()
for arg in "$@"; do
  if [[ "$arg" == "--rebuild-hub-index" ]]; then main=com.coopromo.demo.HubIndexRebuild; else args+=("$arg"); fi
done
set -- "${args[@]+"${args[@]}"}"

data_dir=demo-data
for arg in "$@"; do
  case "$arg" in --data-dir=*) data_dir="${arg#--data-dir=}" ;; esac
done
mkdir -p "$data_dir"

exec java \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
  --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
  -Dmvel2.disable.jit=true -Xmx2g \
  -Dcoop.demo.log.file="$data_dir/demo-store.log" \
  -cp "demo-store/target/classes:$(cat "$classpath_file")" \
  "$main" "$@"
