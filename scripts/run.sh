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

# The database is encrypted; its key is kept in the system keychain. A machine without one (no session
# bus: a server, a container, CI) keeps it in a key file of the user's configuration folder instead,
# readable by the user only: that protects less (whoever reads the user's files, or the disk when it is
# not encrypted, has the key too).
if [ -z "${CONCERTO_KEY_FILE:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export CONCERTO_KEY_FILE="${XDG_CONFIG_HOME:-$HOME/.config}/concerto/database.key"
  if [ ! -s "$CONCERTO_KEY_FILE" ]; then
    mkdir -p "$(dirname "$CONCERTO_KEY_FILE")"
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$CONCERTO_KEY_FILE" && echo >>"$CONCERTO_KEY_FILE")
  fi
  echo "No system keychain here: the database key is kept in $CONCERTO_KEY_FILE (readable by you only)." >&2
  echo "That protects less than a keychain: whoever can read your files has the key too." >&2
fi
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
