// The PostgreSQL the server's tests run on when CONCERTO_TEST_ENGINE=postgresql (CTest's `*_postgresql`
// runs): a throwaway cluster made with initdb and started with pg_ctl in a temporary folder, listening only
// on a Unix socket in that folder (no TCP port), stopped and deleted when the test process ends. PostgreSQL
// refuses to run as root: as root (CI), its programs run as the `postgres` system user of Debian's package
// (`runuser -u postgres --`), which then owns the folder. The binaries are Debian's, found under
// /usr/lib/postgresql/*/bin. Each server data folder of a test gets a database of its own in the cluster.
#pragma once

#include <QString>

namespace concerto::test {

// True when the server tests are to run on PostgreSQL (CONCERTO_TEST_ENGINE=postgresql).
bool testsOnPostgres();

// The postgresql:// URL of the database that stands for the server data folder `dataDir` (made in the
// shared cluster, started on first use); empty when the tests run on SQLite, or (with a warning) when the
// cluster cannot start.
QString testDatabaseUrl(const QString &dataDir);

// A new empty database in the shared cluster, its URL (empty with `error` set when it failed).
QString newPostgresDatabase(QString *error);

} // namespace concerto::test
