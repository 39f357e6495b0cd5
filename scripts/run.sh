#!/usr/bin/env bash
# Builds Concerto, starts its demo region server (concerto-server --demo, on 127.0.0.1) in the background
# with the national value sets of the FRCP reference kit (../shared/reference/frcp, when that folder is
# there), syncs the database with it as demo-coordinator (a new or empty one gets the region), and starts
# the desktop on it, its sync account preset to that server and signed in with the demo password; the server
# stops when the desktop exits. A database that holds a local demo (made by earlier versions of this script)
# is left offline, and --offline does what this script did before the server: a local demo, no server.
# Usage: scripts/run.sh [--db FILE] [--offline]   (default: the user's data folder, shared with concerto-cli)
# The demo server's data: ${XDG_DATA_HOME:-~/.local/share}/concerto/demo-server; its port: CONCERTO_DEMO_PORT
# (default 8443).
set -euo pipefail

usage="Usage: scripts/run.sh [--db FILE] [--offline]"
db_args=()
offline=0
while [ $# -gt 0 ]; do
  case "$1" in
    --db)
      [ $# -ge 2 ] && [ -n "$2" ] || { echo "run.sh: --db wants a file name. $usage" >&2; exit 2; }
      # Named from where the script was started, before it moves to the project's folder.
      db_args=(--db "$(realpath -m -- "$2")")
      shift 2 ;;
    --offline) offline=1; shift ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) echo "run.sh: unknown argument \"$1\". $usage" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
db_file=${db_args[1]:-$data_home/concerto/concerto.db}
server_dir=$data_home/concerto/demo-server
port=${CONCERTO_DEMO_PORT:-8443}
demo_user=demo-coordinator
demo_password=concerto-demo # the demo region's accounts (README); a demo server is not a real one

scripts/setup.sh build
targets=(concerto concerto-cli)
[ "$offline" = 1 ] || targets+=(concerto-server)
cmake --build build --target "${targets[@]}"
cli=build/app/concerto-cli
server=build/server/concerto-server

# The database is encrypted; its key is kept in the system keychain. A machine without one (no session
# bus: a server, a container, CI) keeps it in a key file of the user's configuration folder instead,
# readable by the user only: that protects less (whoever reads the user's files, or the disk when it is
# not encrypted, has the key too).
# A key file made before (say over ssh) stays the key source, session bus or not: a database made with it
# must open from the graphical session too.
default_key_file="${XDG_CONFIG_HOME:-$HOME/.config}/concerto/database.key"
if [ -z "${CONCERTO_KEY_FILE:-}" ] && { [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -s "$default_key_file" ]; }; then
  export CONCERTO_KEY_FILE="$default_key_file"
  if [ ! -s "$CONCERTO_KEY_FILE" ]; then
    mkdir -p "$(dirname "$CONCERTO_KEY_FILE")"
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$CONCERTO_KEY_FILE" && echo >>"$CONCERTO_KEY_FILE")
  fi
  echo "No system keychain here: the database key is kept in $CONCERTO_KEY_FILE (readable by you only)." >&2
  echo "That protects less than a keychain: whoever can read your files has the key too." >&2
fi

"$cli" "${db_args[@]}" init

reference=../shared/reference/frcp
value_sets=()
if [ -d "$reference" ]; then
  shopt -s nullglob
  value_sets=("$reference"/JDV_*.xml "$reference"/JDVx_*.xml)
  shopt -u nullglob
fi

# The region's look-alike patients (the same generator) must not be pulled on top of a local demo.
if [ "$offline" = 0 ]; then
  local_records=$("$cli" "${db_args[@]}" local-only)
  if [ "$local_records" != 0 ]; then
    echo "$db_file holds a local demo ($local_records records never synced): it opens offline, without the demo region; to try the region, use scripts/run.sh --db ANOTHER_FILE or remove that file."
    offline=1
  fi
fi

if [ "$offline" = 1 ]; then
  "$cli" "${db_args[@]}" demo --if-empty --patients 2000
  # The printed fiche shows the labels of the national codes; a set already loaded (perhaps a newer
  # version the user imported) is left as it is.
  if [ ${#value_sets[@]} -gt 0 ]; then
    "$cli" "${db_args[@]}" import-nomenclature --if-missing "${value_sets[@]}"
  fi
  # --no-sync: a sync account saved by an earlier run must not pull a region onto this file.
  exec build/app/concerto "${db_args[@]}" --no-sync
fi

# The demo server: one already running on this port for this folder is reused (and left running); the
# port held by anything else is an error. Only a server holding this folder's TLS key passes the check
# against its CA.
mkdir -p "$server_dir"
log=$server_dir/server.log
url=https://127.0.0.1:$port
server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    echo "Stopping the demo server (process $server_pid)…"
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  if [ -f "$server_dir/tls/ca.pem" ] &&
    curl --silent --fail --max-time 5 --cacert "$server_dir/tls/ca.pem" "$url/api/v1/health" >/dev/null; then
    echo "The demo server of $server_dir already runs on $url: using it (it stays running after the desktop)."
  else
    echo "run.sh: port $port of 127.0.0.1 is taken by another program, not the demo server of $server_dir. Free it, or choose another port: CONCERTO_DEMO_PORT=8444 scripts/run.sh" >&2
    exit 1
  fi
else
  if [ -f "$server_dir/server.db" ]; then
    echo "Starting the demo server on $url (data in $server_dir)…"
  else
    echo "Starting the demo server on $url: its first start fills a region of 2,000 patients (20 to 40 s)…"
  fi
  "$server" --data "$server_dir" --demo --listen "127.0.0.1:$port" >"$log" 2>&1 &
  server_pid=$!
  waited=0
  until grep -q "^Listening on " "$log"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      wait "$server_pid" 2>/dev/null || true
      server_pid=
      echo "run.sh: the demo server stopped before it listened; the end of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    if [ "$waited" -ge 1800 ]; then # tenths of a second: 3 minutes
      echo "run.sh: the demo server did not listen within 3 minutes; the end of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "The demo server listens on $url (process $server_pid; its output in $log)."
fi

# The national value sets reach the desktop by sync; the same file imported again changes nothing.
if [ ${#value_sets[@]} -gt 0 ]; then
  if ! imported=$("$server" --data "$server_dir" admin import-nomenclature "${value_sets[@]}" 2>&1); then
    echo "run.sh: the value sets could not be imported into the demo server:" >&2
    echo "$imported" | tail -n 20 >&2
    exit 1
  fi
  echo "Value sets in the demo server: $(echo "$imported" | grep -c '^Imported ') imported, $(echo "$imported" | grep -c '^Already there') already there."
fi

echo "Synchronising $db_file with the demo region as $demo_user…"
CONCERTO_PASSWORD=$demo_password "$cli" "${db_args[@]}" sync --server "$url" --ca "$server_dir/tls/ca.pem" \
  --user "$demo_user"

# Not exec: the server stops when the desktop exits. The desktop signs in once with the password of the
# environment (never kept), then syncs by itself.
status=0
CONCERTO_PASSWORD=$demo_password build/app/concerto "${db_args[@]}" --sync-server "$url" \
  --sync-ca "$server_dir/tls/ca.pem" --sync-user "$demo_user" || status=$?
exit "$status"
