#!/usr/bin/env bash
# Creates .env from .env.example with a fresh APP_KEY (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .env ] && exit 0
key=$(node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))")
sed "s|^APP_KEY=.*|APP_KEY=$key|" .env.example > .env
echo "created .env from .env.example (edit it to configure providers)"
