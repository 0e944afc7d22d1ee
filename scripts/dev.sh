#!/usr/bin/env bash
# `make dev`: builds the web app as production does (minified, with its service
# worker, so offline works as it will for users) and rebuilds it on change,
# migrates and seeds the database (embedded PostGIS unless DATABASE_URL is set),
# then serves API + web at one URL.
set -euo pipefail
cd "$(dirname "$0")/.."
export ENV_PATH="$PWD/"
setting() { grep -E "^$1=" .env | tail -1 | cut -d= -f2-; }
# The environment wins over .env, as it does for the API.
url="http://${HOST:-$(setting HOST)}:${PORT:-$(setting PORT)}"

if [ -f web/angular.json ]; then
  web_log="${TMPDIR:-/tmp}/njia-web-watch.$$.log"
  worker=web/dist/browser/ngsw.json
  rm -f "$worker"
  npm run watch -w web >"$web_log" 2>&1 &
  watcher=$!
  trap 'kill $watcher 2>/dev/null || true' EXIT
  echo "Building the web app (log: $web_log)…"
  # The first build ends with the service worker's manifest; the API starts after it.
  shown=
  until [ -f "$worker" ]; do
    if ! kill -0 "$watcher" 2>/dev/null; then
      cat "$web_log" >&2
      echo "The web app did not build (log above)." >&2
      exit 1
    fi
    # The manifest lands a moment after the watcher's line when the build went well: wait for it.
    if grep -q 'Watch mode enabled' "$web_log"; then waited=$((${waited:-0} + 1)); fi
    if [ -z "$shown" ] && [ "${waited:-0}" -gt 10 ]; then
      cat "$web_log" >&2
      echo "The web app does not build (errors above); it builds again when you save a file." >&2
      shown=1
    fi
    sleep 1
  done
fi
cd backend
node ace migration:run --force
node ace db:seed
echo
echo "  Njia is starting at $url  (API docs: $url/docs)"
echo "  The web app is rebuilt on every change; reload the page, then use the "new version" bar the service worker shows."
echo
# `ace serve` answers SIGTERM only with the app's shutdown hooks and stays up,
# and its HMR child lives as long as its IPC channel to it: so a SIGTERM to the
# process group (a supervisor, `kill -- -PGID`) used to leave both running. It is
# stopped the way Ctrl+C stops it. Keyboard shortcuts still read the terminal.
node ace serve --hmr <&0 &
api=$!
trap 'kill -INT $api 2>/dev/null || true' TERM INT
wait $api || wait $api
