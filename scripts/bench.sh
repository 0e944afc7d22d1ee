#!/usr/bin/env bash
# `make bench`: the tracking benchmark (bench/tracking), then the web budgets
# (bench/web, no database needed). The tracking one needs a real
# PostgreSQL + PostGIS in DATABASE_URL (it is migrated; bench rows are
# removed afterwards). Loopback only; bounded by BENCH_TIMEOUT_S.
# Knobs: BENCH_DRIVERS, BENCH_START_RATE / BENCH_MAX_RATE / BENCH_BISECT (the
# search for the highest passing rate), BENCH_WORKERS (generator processes), BENCH_BATCH, BENCH_DURATION_S, BENCH_WATCH_EVERY, BENCH_FLEET_WATCHERS,
# BENCH_NEARBY_ROWS, BENCH_IDLE_SOCKETS, BENCH_WRITE_BATCHES, BENCH_WRITE_SIZES,
# BENCH_CREWS, BENCH_SUGGESTION_RUNS. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then
  echo "bench: set DATABASE_URL to a PostgreSQL + PostGIS database, e.g." >&2
  echo "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/njia_bench make bench" >&2
  exit 2
fi
case "$DATABASE_URL" in
  *@127.0.0.1[:/]*|*@localhost[:/]*) ;;
  *) echo "bench: DATABASE_URL must point at 127.0.0.1 (the benchmark only runs on loopback)" >&2; exit 2 ;;
esac
# Everything the backend's env validation needs, so nothing is read from a
# developer's .env: the scripts that boot it (seeding, the in-process benches)
# run as production does; the API the tracking bench starts gets its own PORT.
export NODE_ENV=production PORT=0 TZ=UTC HOST=127.0.0.1 APP_URL=http://127.0.0.1 LOG_LEVEL=warn
export APP_KEY="${APP_KEY:-bench-only-key-not-a-secret-0123456789}"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
(cd backend && node ace migration:run --force)
out="bench/tracking/last-run.md"
timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec bench/tracking/run.ts | tee "$out"
echo "(tables also written to $out)"

# Write cost (bench/tracking/writes.ts): the multi-row insert against COPY, batch by batch.
(cd backend && timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec ../bench/tracking/writes.ts \
  "${BENCH_WRITE_BATCHES:-100}" "${BENCH_WRITE_SIZES:-100,1000,5000}") | tee bench/tracking/last-writes.md
echo "(write tables also written to bench/tracking/last-writes.md)"

# Dispatch suggestions against nearby drivers at BENCH_CREWS crews (bench/tracking/suggestions.ts).
(cd backend && timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec ../bench/tracking/suggestions.ts \
  "${BENCH_CREWS:-100000}" "${BENCH_SUGGESTION_RUNS:-300}") | tee bench/tracking/last-suggestions.md
echo "(suggestion tables also written to bench/tracking/last-suggestions.md)"

# Notifications fan-out and chat (bench/notifications): in-process, stand-ins on loopback.
(cd backend && timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec ../bench/notifications/run.ts) |
  tee bench/notifications/last-run.md
echo "(notification tables also written to bench/notifications/last-run.md)"

# Collections and USSD (bench/collections): sync, receipts queued, USSD steps.
(cd backend && timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec ../bench/collections/run.ts) | tee bench/collections/last-run.md
echo "(collections tables also written to bench/collections/last-run.md)"

# Money (bench/money): journals posted (two/four legs, hot/spread accounts) and callbacks handled.
(cd backend && timeout "${BENCH_TIMEOUT_S:-900}" node --import=@poppinss/ts-exec ../bench/money/run.ts) | tee bench/money/last-run.md
echo "(money tables also written to bench/money/last-run.md)"

# Web budgets (bench/web): sign-in JS, time to interactive on a throttled
# phone, fleet map FPS with 2,000 moving trucks. Debian's Chromium, loopback only.
# Always the production build of the code at hand, never a stale or development one.
npm run build -w web
CHROMIUM_PATH=$(scripts/chromium-path.sh)
export CHROMIUM_PATH
timeout "${BENCH_WEB_TIMEOUT_S:-300}" node bench/web/run.mjs | tee bench/web/last-run.md
echo "(web tables also written to bench/web/last-run.md)"

# Sign-in on Slow 3G with CPU ×4, the production build as the API serves it (bench/web/slow3g.mjs).
timeout "${BENCH_SLOW3G_TIMEOUT_S:-900}" node bench/web/slow3g.mjs | tee bench/web/last-slow3g.md
echo "(sign-in table also written to bench/web/last-slow3g.md)"
