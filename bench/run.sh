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
  java -Xmx1g -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
  kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.2
done

./mvnw -q -ntp -f bench/pom.xml gatling:test -Dgatling.simulationClass=careslot.bench.CareSlotSimulation \
  -Dbench.url="http://127.0.0.1:$port" -Dbench.jdbc="jdbc:postgresql://127.0.0.1:$db_port/postgres" \
  -Dbench.seconds="$seconds" | tee "$data/gatling.out" | grep -E "RESULT|BASELINE|failed|KO" || true

rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
stats=$(ls -td bench/target/gatling/*/ | head -1)/js/stats.json
echo "== $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GB, $(java -version 2>&1 | head -1)"
grep RESULT "$data/gatling.out" | sed 's/^RESULT /  /'
echo "  app_rss_mb_after_load=$rss"
node -e '
const s = require(process.argv[1]);
for (const k of Object.keys(s.contents)) {
  const r = s.contents[k].stats;
  console.log(`  ${r.name}: n=${r.numberOfRequests.total} ko=${r.numberOfRequests.ko} p50=${r.percentiles1.total}ms p95=${r.percentiles3.total}ms p99=${r.percentiles4.total}ms mean_rps=${r.meanNumberOfRequestsPerSecond.total}`);
}' "$stats"
