#!/usr/bin/env bash
# Benchmark of the impact dashboard with 1,000,000 mobilities (not a unit test).
#   src/test/resources/bench/dashboard-benchmark.sh [port] [database]
# 1. recreates a scratch database on the machine's PostgreSQL (127.0.0.1, user postgres),
# 2. starts the portal on it (Flyway migrates it; the first coordinator comes from PORTAL_BOOTSTRAP_ADMIN_*),
# 3. loads dashboard-bench-data.sql (3,300 schools, 1,000,000 mobilities, 280,000 learner reports, 700,000 exam results),
# 4. signs in with curl and times the dashboard pages and the CSV (first call, then the best and median of 5),
# 5. restarts the portal (the consortium-wide figures are then computed at start-up) and times the pages again,
# 6. stops the portal. The database is left for EXPLAIN ANALYZE; drop it when done.
set -euo pipefail
PORT=${1:-8105}
DB=${2:-cap_dashboard_bench}
PGHOST=${PGHOST:-127.0.0.1}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
EMAIL=bench.coordinator@capmob.example
PASSWORD='Banc-Essai-Tableau-2026'
JAR_LOG=$(mktemp)
COOKIES=$(mktemp)

psql -h "$PGHOST" -U postgres -q -c "drop database if exists $DB" -c "create database $DB"

cd "$ROOT"
start_portal() {
  PORTAL_BOOTSTRAP_ADMIN_EMAIL=$EMAIL PORTAL_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD setsid ./mvnw -q -o spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$PORT --portal.embedded-database.enabled=false --portal.demo-data.enabled=false --spring.datasource.url=jdbc:postgresql://$PGHOST:5432/$DB --spring.datasource.username=postgres" \
    >"$JAR_LOG" 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
    kill -0 $APP 2>/dev/null || { cat "$JAR_LOG"; exit 1; }
    sleep 2
  done
  echo "portal up on $PORT (log: $JAR_LOG)"
}
sign_in() {
  rm -f "$COOKIES"
  LOGIN=$(curl -s -c "$COOKIES" -b "$COOKIES" "http://localhost:$PORT/login")
  CSRF=$(printf '%s' "$LOGIN" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$CSRF" "http://localhost:$PORT/login"
}
time_pages() {
  PROJECT=$(psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select min(id) from project")
  SCHOOL=$(psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select min(id) from school")
  for path in "/dashboard" "/dashboard/projects/$PROJECT" "/dashboard/schools/$SCHOOL" "/dashboard.csv" "/results"; do
    times=()
    for i in 1 2 3 4 5 6; do
      out=$(curl -s -o /tmp/dashboard-bench-body -w '%{http_code} %{time_total}' -b "$COOKIES" "http://localhost:$PORT$path")
      [ "${out%% *}" = 200 ] || { echo "$path answered ${out%% *}"; exit 1; }
      times+=("${out#* }")
    done
    first=${times[0]}
    sorted=$(printf '%s\n' "${times[@]:1}" | sort -n)
    echo "$path  first ${first}s  best $(echo "$sorted" | head -1)s  median $(echo "$sorted" | sed -n 3p)s"
  done
}
start_portal
trap 'kill -- -$APP 2>/dev/null || true; rm -f "$COOKIES"' EXIT

time psql -h "$PGHOST" -U postgres -d "$DB" -q -f "$HERE/dashboard-bench-data.sql"


echo "== right after the bulk load: no snapshot yet, the first call computes the figures"
sign_in
time_pages

echo "== after a restart: the consortium-wide figures are computed at start-up, in the background"
kill -- -$APP 2>/dev/null || true
sleep 3
start_portal
until grep -q "figures ready" "$JAR_LOG"; do sleep 1; done
grep -o "figures ready in [0-9]* ms" "$JAR_LOG"
sign_in
time_pages
grep -o 'id="figure-mobilities">[0-9]*' /tmp/dashboard-bench-body 2>/dev/null || true
