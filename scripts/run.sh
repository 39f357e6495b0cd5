#!/usr/bin/env bash
# Builds Concerto, creates a demo database if there is none yet, and starts the desktop app on it.
# Usage: scripts/run.sh [--db FILE]   (default: the user's data folder, shared with concerto-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cmake --build build --target concerto concerto-cli

db_args=()
[ "${1:-}" = "--db" ] && db_args=(--db "$2")
build/app/concerto-cli "${db_args[@]}" init
build/app/concerto-cli "${db_args[@]}" demo --if-empty --patients 2000
exec build/app/concerto "${db_args[@]}"
