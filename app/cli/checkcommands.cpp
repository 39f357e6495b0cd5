// concerto-cli check: what the file is, against what this version of Concerto made it: SQLite's integrity
// check, the schema (the check every opening runs, models/store/schemacheck.h: every table, index and
// trigger the migrations make, the triggers' text compared, no trigger added), and the audit (every record of
// an aggregate has its audit rows). Exit code 1 when something is off, with one line per finding.
#include "app/cli/command.h"
#include "models/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace concerto::cli {

namespace {

int check(Context &c) {
    QString error;
    std::unique_ptr<Database> db = Database::open(c.databasePath(), &error);
    if (!db) {
        c.err << error << '\n';
        return Failure;
    }
    QStringList problems;
    QSqlQuery q(db->connection());
    QStringList integrity;
    if (q.exec(QStringLiteral("PRAGMA integrity_check")))
        while (q.next())
            integrity << q.value(0).toString();
    if (integrity != QStringList{QStringLiteral("ok")})
        problems << QCoreApplication::translate("Cli", "integrity: SQLite finds the file damaged (%1).")
                        .arg(integrity.value(0));
    c.out << QCoreApplication::translate("Cli", "integrity: %1").arg(integrity.value(0)) << '\n';

    // The same check as every opening (schemacheck.h): an altered file opened read-only.
    const QStringList altered = db->alterations();
    for (const QString &alteration : altered)
        problems << QCoreApplication::translate("Cli", "schema: %1").arg(alteration);
    c.out << QCoreApplication::translate("Cli", "schema: %n difference(s) with what this version makes",
                                         nullptr, int(altered.size()))
          << '\n';

    qint64 audited = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        audited = q.value(0).toLongLong();
    c.out << QCoreApplication::translate("Cli", "audit: %1 row(s)").arg(audited) << '\n';
    for (const char *table :
         {"organisation", "professional", "rcp", "session", "patient", "inscription", "fiche"}) {
        const QString t = QLatin1String(table);
        if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM audit_log a"
                                   " WHERE a.entity = '%1' AND a.record_id = r.id)), 0) FROM %1 r")
                        .arg(t)) ||
            !q.next()) {
            problems << QCoreApplication::translate("Cli", "audit: the table %1 cannot be read.").arg(t);
            continue;
        }
        const qint64 records = q.value(0).toLongLong();
        const qint64 unaudited = q.value(1).toLongLong();
        c.out << QStringLiteral("  %1: %2").arg(t).arg(records) << '\n';
        if (unaudited > 0)
            problems << QCoreApplication::translate("Cli", "audit: %1 record(s) of %2 have no audit row.")
                            .arg(unaudited)
                            .arg(t);
    }
    q.finish();
    for (const QString &problem : problems)
        c.err << problem << '\n';
    if (!problems.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "The file %1 is not as Concerto left it.")
                     .arg(QDir::toNativeSeparators(db->path()))
              << '\n';
        return Failure;
    }
    c.out << QCoreApplication::translate("Cli", "Everything is as Concerto left it.") << '\n';
    return Success;
}

} // namespace

std::vector<Command> checkCommands() {
    return {{"check",
             QT_TRANSLATE_NOOP("Cli", "Check the file: integrity, schema and triggers, audit rows of every "
                                      "record; exit code 1 when something is off."),
             {},
             check}};
}

} // namespace concerto::cli
