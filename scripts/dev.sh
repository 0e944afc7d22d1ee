#!/usr/bin/env bash
# `make dev`: builds the web app, migrates and seeds the database (embedded
# PostGIS unless DATABASE_URL is set), then serves API + web at one URL.
set -euo pipefail
cd "$(dirname "$0")/.."
export ENV_PATH="$PWD/"
setting() { grep -E "^$1=" .env | tail -1 | cut -d= -f2-; }
url="http://$(setting HOST):$(setting PORT)"

if [ -f web/angular.json ]; then
  npm run build -w web
  npm run watch -w web >/tmp/njia-web-watch.log 2>&1 &
  trap 'kill $! 2>/dev/null || true' EXIT
fi
cd backend
node ace migration:run --force
node ace db:seed
echo
echo "  Njia is starting at $url  (API docs: $url/docs)"
echo
node ace serve --hmr
