// `concerto-server (--data DIR | --database URL) verify-audit`: walks the audit log's hash chain and says
// whether it is whole (exit 0, with the count and the last hash) or where it first breaks (exit 1, with
// the row and what is wrong with it).
#include "server/admin/admincommands.h"

#include "server/db/auditlog.h"

#include <QDir>
#include <QFileInfo>

namespace concerto::server {

int runVerifyAudit(const DatabaseLocation &location, QTextStream &out, QTextStream &err) {
    if (location.url.isEmpty() &&
        !QFileInfo::exists(QDir(location.dataDir).filePath(QStringLiteral("server.db")))) {
        err << "No server database in " << location.dataDir << ".\n";
        return 1;
    }
    QString error;
    const auto database = ServerDatabase::open(location, &error);
    if (!database) {
        err << "Cannot open the server database: " << error << ".\n";
        return 1;
    }
    const AuditCheck check = verifyAudit(*database);
    if (!check.readable) {
        err << "The audit log of " << database->path() << " cannot be read: " << check.fault << ".\n";
        return 1;
    }
    if (check.brokenSeq != 0) {
        const AuditRow &row = *check.broken;
        err << "The audit log of " << database->path() << " is broken at row " << check.brokenSeq << " ("
            << row.at << ", " << row.action << " by " << row.actor;
        if (!row.entity.isEmpty())
            err << ", " << row.entity << ' ' << row.recordId;
        err << "): " << check.fault << ".\n"
            << "The " << check.rows << " rows before it are whole; from this row on, the log cannot be "
            << "trusted.\n";
        return 1;
    }
    out << "The audit log of " << database->path() << " is whole: " << check.rows << " rows, the last hash "
        << check.head << ".\n";
    return 0;
}

} // namespace concerto::server
