#!/usr/bin/env bash
# Measures CareSlot's time from launch to ready (embedded PostgreSQL included) and resident
# memory after start, for a first start (initdb, migrations, demo seed) and a restart on the
# same data. Usage: bench/startup.sh [runs]   (builds the jar first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18080}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -ntp -DskipTests package
jar=$(ls target/careslot-*.jar | grep -v original | head -1)

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
pg_rss_kb() { # every postgres process started from this data directory
  local total=0
  for pid in $(pgrep -f "postgres -D $1" || true) $(pgrep -P "$(pgrep -f "postgres -D $1" | head -1)" 2>/dev/null || true); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo $total
}

measure() { # $1 = data dir; prints "seconds jvm_rss_mb pg_rss_mb"
  local start end pid
  start=$(date +%s.%N)
  CARESLOT_DATA_DIR="$1" PORT=$port java -jar "$jar" >"$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "CareSlot died, see $1.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep 2 # let start-up garbage settle the way a real first minute would
  printf "%s %d %d\n" "$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}')" $(( $(rss_kb $pid) / 1024 )) $(( $(pg_rss_kb "$(realpath "$1")") / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
}

echo "run,kind,seconds_to_ready,jvm_rss_mb,postgres_rss_mb"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)/data
  read -r s j p < <(measure "$dir"); echo "$i,first start,$s,$j,$p"
  read -r s j p < <(measure "$dir"); echo "$i,restart,$s,$j,$p"
  rm -rf "$(dirname "$dir")"
done
