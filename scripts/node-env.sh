#!/usr/bin/env bash
# Prints the directory holding a Node.js >= 24 binary, installing a project-local
# copy from the npm registry (node-<platform>-<arch>) when the machine's node is older.
# Usage: PATH="$(scripts/node-env.sh):$PATH"
set -euo pipefail
want=24
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools/node"

have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$have" -ge "$want" ]; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "unsupported OS $(uname -s): install Node.js $want yourself" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported CPU $(uname -m): install Node.js $want yourself" >&2; exit 1 ;;
esac
pkg="node-$os-$arch"
bin="$tools/node_modules/$pkg/bin"
if [ ! -x "$bin/node" ] || [ "$("$bin/node" -p 'process.versions.node.split(".")[0]')" != "$want" ]; then
  echo "installing Node.js $want ($pkg) into .tools/node" >&2
  npm install --silent --no-save --no-audit --no-fund --prefix "$tools" "$pkg@$want" >&2
fi
echo "$bin"
