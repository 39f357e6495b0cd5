#!/bin/sh
# Makes the PostgreSQL role and database of a Concerto region (setup.sql), as the postgres superuser:
#   sudo -u postgres deploy/postgresql/setup.sh [ROLE [DATABASE]]      (both "concerto" by default)
# Running it again changes nothing that is there. The server processes then connect through the Unix
# socket as the system user of the same name (Debian's `local all all peer` in pg_hba.conf):
#   concerto-server --data /var/lib/concerto --database 'postgresql://concerto@/concerto?host=/var/run/postgresql'
# PGHOST, PGPORT and PGUSER name another cluster or superuser, as for psql.
set -eu
role="${1:-concerto}"
database="${2:-$role}"
exec psql -X -q -v ON_ERROR_STOP=1 -v role="$role" -v db="$database" -d postgres \
    -f "$(dirname "$0")/setup.sql"
