// Helpers of the sync tests: a client's own database file (a real Concerto file, records written through
// the store's repositories), `concerto-cli sync` run as a script would, the region the tests share (two
// 3C, their users) and the records of one case written on a client.
#pragma once

#include "models/store/database.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "serversupport.h"

#include <QProcess>

namespace concerto::test {

// The two 3C of the tests: server organisation codes are their national ids.
inline const QString kNord = QStringLiteral("520114");
inline const QString kSud = QStringLiteral("520115");

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// `concerto-cli --db FILE sync --server URL --ca CA --user USER [extra…]`, CONCERTO_PASSWORD set (to the
// tests' password unless `password` is given).
CliRun runSync(const QString &dbFile, const ServerProcess &server, const QString &user,
               const QStringList &extra = {}, const QString &caFile = {},
               const QByteArray &password = kTestPassword);
// `concerto-cli ARGS…` (init, demo…).
CliRun runCli(const QStringList &arguments);
// The same, started and left running (the caller reads and kills it).
std::unique_ptr<QProcess> startSync(const QString &dbFile, const ServerProcess &server, const QString &user,
                                    const QStringList &extra = {});

// A new client database at `path`, its writes made by `actor`.
std::unique_ptr<Database> makeClient(const QString &path, const QString &actor);

// Adds the 3C (orgs kNord, kSud) and users: anne and bruno (secretary, coordinator) and paul (physician) of
// Nord, sophie (secretary, coordinator) of Sud.
void addRegion(const QString &dataDir);

// A 3C record and a committee of it, written on `db`.
struct Committee {
    Organisation centre;
    Rcp rcp;
};
Committee saveCommittee(Database &db, const QString &nationalId);
// A patient (born `birthName`), a session of `rcp`, a case and its draft fiche (signable).
Fiche saveCase(Database &db, const Rcp &rcp, const QString &birthName);

// One value of `sql` on a client file, as text.
QString clientValue(Database &db, const QString &sql);

} // namespace concerto::test
