// The schema check: the file's sqlite_master against the schema the migrations make in a database in
// memory (built once per process), trigger texts compared with their whitespace folded.
#include "models/store/schemacheck.h"
#include "models/store/migrations.h"
#include "models/store/storeerror.h"
#include "models/store/storelog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <map>

namespace concerto::schemacheck {

namespace {

struct SchemaObject {
    QString type;
    QString sql; // whitespace folded
};
using Schema = std::map<QString, SchemaObject>; // by name

QString folded(QString sql) {
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return sql.replace(spaces, QStringLiteral(" ")).trimmed();
}

// The tables, indexes and triggers of `db` (SQLite's own objects left out); false when sqlite_master
// cannot be read.
bool readSchema(const QSqlDatabase &db, Schema *schema, QSqlError *error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\'"))) {
        *error = q.lastError();
        return false;
    }
    while (q.next())
        (*schema)[q.value(1).toString()] = {q.value(0).toString(), folded(q.value(2).toString())};
    if (q.lastError().isValid()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

std::atomic<qint64> g_buildNanoseconds{0};

// The schema the migrations make, in a database in memory: built on first use, then kept.
const Schema &reference() {
    static const Schema schema = [] {
        QElapsedTimer timer;
        timer.start();
        Schema made;
        const QString name = QStringLiteral("concerto-schema-reference");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QString error;
            QSqlError sqlError;
            if (!db.open() || !migrations::upgrade(db, migrations::latestVersion(), &error) ||
                !readSchema(db, &made, &sqlError))
                // Cannot happen short of a broken SQLite: every check would then say that everything
                // is missing, which a test sees at once.
                qCCritical(lcStore).noquote()
                    << "building the reference schema failed:" << error << sqlError.databaseText();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        g_buildNanoseconds = timer.nsecsElapsed();
        qCDebug(lcStore) << "reference schema built in" << double(g_buildNanoseconds) / 1e6 << "ms";
        return made;
    }();
    return schema;
}

QString missing(const QString &type, const QString &name) {
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("Store", "The trigger %1 is missing.").arg(name);
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("Store", "The table %1 is missing.").arg(name);
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("Store", "The index %1 is missing.").arg(name);
    return QCoreApplication::translate("Store", "The view %1 is missing.").arg(name);
}

} // namespace

StoreRead<QStringList> alterations(const QSqlDatabase &db, const QString &path) {
    const Schema &expected = reference();
    Schema found;
    QSqlError error;
    if (!readSchema(db, &found, &error)) {
        logStoreError("reading the schema of", QString(), error);
        return StoreRead<QStringList>::failure(storeErrorMessage(error, path));
    }
    QStringList result;
    for (const auto &[name, object] : expected) {
        const auto it = found.find(name);
        if (it == found.end() || it->second.type != object.type)
            result << missing(object.type, name);
        else if (object.type == QLatin1String("trigger") && it->second.sql != object.sql)
            result << QCoreApplication::translate("Store", "The trigger %1 was changed.").arg(name);
    }
    for (const auto &[name, object] : found)
        if (object.type == QLatin1String("trigger") && expected.count(name) == 0)
            result << QCoreApplication::translate("Store", "The trigger %1 was added.").arg(name);
    return StoreRead<QStringList>::success(result);
}

double referenceBuildMilliseconds() {
    return double(g_buildNanoseconds.load()) / 1e6;
}

} // namespace concerto::schemacheck
