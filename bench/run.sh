#!/usr/bin/env bash
# One benchmark run: builds CareSlot, starts it on a fresh embedded PostgreSQL (loopback only),
# seeds 1,000 doctors, measures the raw-SQL baseline and the HTTP scenarios with Gatling in the
# same run, then prints a summary for docs/performance.md.
# Usage: bench/run.sh            (SKIP_BUILD=1 to reuse target/careslot-*.jar; BENCH_SECONDS=30 per phase)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18080}
db_port=${BENCH_DB_PORT:-15432}
seconds=${BENCH_SECONDS:-30}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -ntp -DskipTests -Dskip.frontend package # the API is what is measured
jar=$(ls target/careslot-*.jar | grep -v original | head -1)
data=$(mktemp -d)
CARESLOT_DATA_DIR="$data/pg" CARESLOT_DB_PORT=$db_port CARESLOT_DEMO_DATA=false PORT=$port \
  java -Xmx1g ${APP_JAVA_OPTS:-} -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'rc=$?; kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"; exit $rc' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
  kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.2
done

./mvnw -q -ntp -f bench/pom.xml gatling:test -Dgatling.simulationClass=careslot.bench.CareSlotSimulation \
  -Dbench.url="http://127.0.0.1:$port" -Dbench.jdbc="jdbc:postgresql://127.0.0.1:$db_port/postgres" \
  -Dbench.seconds="$seconds" | tee "$data/gatling.out" | grep -E "RESULT|BASELINE|failed|KO" || true

rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
report=$(ls -td bench/target/gatling/*/ | head -1)
echo "== $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GB, $(java -version 2>&1 | head -1)"
grep RESULT "$data/gatling.out" | sed 's/^RESULT /  /'
echo "  app_rss_mb_after_load=$rss"
# per-request percentiles from Gatling's HTML report (3.15 writes no stats.json)
for page in "$report"/req_*.html; do
  node -e '
const html = require("fs").readFileSync(process.argv[1], "utf8");
const name = (html.match(/<title>[^<]*?- ([^<]*)<\/title>/) || [, process.argv[1]])[1].trim();
const cell = t => { const m = html.match(new RegExp(t + "</td>\\s*<td class=\"total\">([^<]*)</td>")); return m ? m[1] : "?"; };
console.log(`  ${name}: p50=${cell("50th percentile")}ms p95=${cell("95th percentile")}ms p99=${cell("99th percentile")}ms max=${cell("Max")}ms mean_per_s=${cell("Mean count/s</abbr>")}`);
' "$page"
done
