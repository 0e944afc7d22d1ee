#!/bin/sh
# Runs the database migrations (unless RUN_MIGRATIONS=false), then the
# command: the HTTP server by default, `node ace queue:work` for the worker.
# Several replicas may start together: Lucid lets one migrate at a time and
# the others retry until nothing is pending.
set -e
if [ "${RUN_MIGRATIONS:-true}" = "true" ]; then
  attempt=1
  until node ace migration:run --force; do
    if [ "$attempt" -ge 20 ]; then
      echo "migrations still failing after $attempt attempts; giving up" >&2
      exit 1
    fi
    echo "database not ready or another replica is migrating; retrying in 3 s" >&2
    attempt=$((attempt + 1))
    sleep 3
  done
fi
exec "$@"
