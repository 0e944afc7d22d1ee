#!/usr/bin/env bash
# Runs every suite: backend on the embedded PostGIS, backend again on the real
# PostgreSQL + Redis when DATABASE_URL / REDIS_URL are set, then the web app's
# unit tests and the browser end-to-end tests, after a type-check of both
# (the production build refuses code that does not type-check). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0 status=0
log=$(mktemp)

tally() {
  local p f
  p=$(grep -aoE '[0-9]+ passed' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  f=$(grep -aoE '[0-9]+ failed' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

run() {
  local name=$1; shift
  echo "=== $name"
  if ! "$@" 2>&1 | tee "$log"; then status=1; fi
  tally
}

run "type-check and lint (backend, web templates)" bash -c 'npm run typecheck -w backend && npm run lint -w backend && npm run lint -w web'
run "backend (embedded PostGIS)" env -u DATABASE_URL -u REDIS_URL bash -c 'cd backend && node ace test unit functional'
if [ -n "${DATABASE_URL:-}" ]; then
  run "backend (PostgreSQL ${DATABASE_URL##*@}, Redis ${REDIS_URL:-none})" bash -c 'cd backend && node ace test unit functional'
fi
if [ -f web/angular.json ]; then
  run "web unit tests" npm run test -w web
fi
if [ -d backend/tests/e2e ]; then
  run "end-to-end (Chromium)" bash -c 'CHROMIUM_PATH=$(scripts/chromium-path.sh) && export CHROMIUM_PATH &&
    npm run build -w web && cd backend && node ace test e2e'
fi

rm -f "$log"
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
