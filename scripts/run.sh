#!/usr/bin/env bash
# Builds Concerto, creates a demo database if there is none yet, loads the national value sets of the
# FRCP reference kit (../shared/reference/frcp) when that folder is there and a set is not loaded yet,
# and starts the desktop app on it.
# Usage: scripts/run.sh [--db FILE]   (default: the user's data folder, shared with concerto-cli)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cmake --build build --target concerto concerto-cli

db_args=()
[ "${1:-}" = "--db" ] && db_args=(--db "$2")
build/app/concerto-cli "${db_args[@]}" init
build/app/concerto-cli "${db_args[@]}" demo --if-empty --patients 2000
# The printed fiche shows the labels of the national codes; a set already loaded (perhaps a newer
# version the user imported) is left as it is.
reference=../shared/reference/frcp
if [ -d "$reference" ]; then
  shopt -s nullglob
  value_sets=("$reference"/JDV_*.xml "$reference"/JDVx_*.xml)
  shopt -u nullglob
  if [ ${#value_sets[@]} -gt 0 ]; then
    build/app/concerto-cli "${db_args[@]}" import-nomenclature --if-missing "${value_sets[@]}"
  fi
fi
exec build/app/concerto "${db_args[@]}"
