// The admin commands for scripts, on the server's database (under DIR, or PostgreSQL's): add-org CODE NAME,
// add-user NAME
// --role R… [--org ORG]…, reset-password NAME, import-nomenclature FILE…. The command line is checked whole
// (roles against the codes of models/domain/roles.h, the password read and checked) before the database is
// opened, so a refused command leaves the database as it was. The password comes from CONCERTO_PASSWORD, else
// from stdin's first line; it is never printed.
#pragma once

#include "server/db/serverdatabase.h"

#include <QStringList>
#include <QTextStream>

namespace concerto::server {

// Exit code: 0 done, 1 refused by the database (a name taken, an unknown organisation…), 2 a wrong
// command line (nothing opened).
int runAdminCommand(const DatabaseLocation &location, const QStringList &arguments, QTextStream &out,
                    QTextStream &err);

QString adminUsage();

// verify-audit: exit 0 when the audit log's chain is whole (the count and the last hash on stdout), 1 when
// it is broken (the first broken row and what is wrong, on stderr) or cannot be read.
int runVerifyAudit(const DatabaseLocation &location, QTextStream &out, QTextStream &err);

} // namespace concerto::server
