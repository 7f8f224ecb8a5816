#!/usr/bin/env bash
# The patient PDF report benchmark (issue 6): starts CareSlot on a fresh embedded PostgreSQL on
# loopback, seeds a patient with 200 appointments through the API and times the report against
# the same record as JSON, in the same run. Usage: bench/report.sh   (SKIP_BUILD=1 reuses the jar;
# PDF_OUT=/tmp/report.pdf keeps the report measured)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18090}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -ntp -DskipTests -Dskip.frontend package
jar=$(ls target/careslot-*.jar | grep -v original | head -1)
data=$(mktemp -d)
CARESLOT_DATA_DIR="$data/pg" CARESLOT_DEMO_DATA=false PORT=$port SERVER_ADDRESS=127.0.0.1 \
  CARESLOT_ADMIN_EMAIL=bench-admin@careslot.test CARESLOT_ADMIN_PASSWORD='a calm and long passphrase' \
  java -Xmx1g ${APP_JAVA_OPTS:-} -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'rc=$?; kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"; exit $rc' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
  kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.2
done
echo "== $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/report.py "http://127.0.0.1:$port" bench-admin@careslot.test 'a calm and long passphrase' "${ROUNDS:-30}"
