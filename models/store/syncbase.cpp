// Reads and writes the base copies (sync_base, schema 14) and reads a stored record as a RecordCopy.
#include "models/store/syncbase.h"
#include "models/domain/record.h"

#include <QSqlQuery>

namespace concerto {

namespace {

RecordCopy copyOf(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
            q.value(2).toString(), q.value(3).toBool(), q.value(4).toByteArray()};
}

StoreRead<std::optional<RecordCopy>> readOne(QSqlQuery &q, Database &db, const QVariantList &binds,
                                             const QString &table) {
    using Read = StoreRead<std::optional<RecordCopy>>;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return Read::failure(readFailure("reading", table, q, db.path()));
    std::optional<RecordCopy> found;
    if (q.next())
        found = copyOf(q);
    else if (q.lastError().isValid())
        return Read::failure(readFailure("reading", table, q, db.path()));
    q.finish();
    return Read::success(std::move(found));
}

StoreRead<std::optional<RecordCopy>> readOne(Database &db, const QString &sql, const QVariantList &binds,
                                             const QString &table) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StoreRead<std::optional<RecordCopy>>::failure(readFailure("reading", table, q, db.path()));
    return readOne(q, db, binds, table);
}

} // namespace

const QStringList &syncedTables() {
    static const QStringList tables{QStringLiteral("organisation"), QStringLiteral("professional"),
                                    QStringLiteral("rcp"),          QStringLiteral("session"),
                                    QStringLiteral("patient"),      QStringLiteral("inscription"),
                                    QStringLiteral("fiche")};
    return tables;
}

bool isSyncedTable(const QString &entity) {
    return syncedTables().contains(entity);
}

QString storedCopySql(const QString &entity) {
    return QStringLiteral("SELECT version, updated_at, updated_by, deleted, body FROM %1 WHERE id = ?")
        .arg(entity);
}

QString saveSyncBaseSql() {
    return QStringLiteral("INSERT OR REPLACE INTO sync_base (entity, record_id, version, updated_at,"
                          " updated_by, deleted, body) VALUES (?,?,?,?,?,?,?)");
}

StoreRead<std::optional<RecordCopy>> storedCopy(Database &db, const QString &entity, const QUuid &id) {
    if (!isSyncedTable(entity))
        return StoreRead<std::optional<RecordCopy>>::failure(
            QStringLiteral("unknown table %1").arg(entity)); // a programming error, never the user's
    return readOne(db, storedCopySql(entity), {json::idText(id)}, entity);
}

StoreRead<std::optional<RecordCopy>> storedCopy(QSqlQuery &prepared, Database &db, const QString &entity,
                                                const QUuid &id) {
    return readOne(prepared, db, {json::idText(id)}, entity);
}

StoreRead<std::optional<RecordCopy>> syncBase(Database &db, const QString &entity, const QUuid &id) {
    return readOne(db,
                   QStringLiteral("SELECT version, updated_at, updated_by, deleted, body FROM sync_base"
                                  " WHERE entity = ? AND record_id = ?"),
                   {entity, json::idText(id)}, QStringLiteral("sync_base"));
}

StoreResult saveSyncBase(QSqlQuery &q, Database &db, const QString &entity, const QUuid &id,
                         const RecordCopy &copy) {
    const QVariantList values{entity,
                              json::idText(id),
                              copy.version,
                              json::timeText(copy.updatedAt),
                              copy.updatedBy,
                              copy.deleted ? 1 : 0,
                              QString::fromUtf8(copy.body)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return StoreResult::success();
    logStoreError("keeping the base copy in", QStringLiteral("sync_base"), q.lastError());
    return StoreResult::failure(storeErrorMessage(q.lastError(), db.path()));
}

StoreResult saveSyncBase(Database &db, const QString &entity, const QUuid &id, const RecordCopy &copy) {
    QSqlQuery q(db.connection());
    q.prepare(saveSyncBaseSql());
    return saveSyncBase(q, db, entity, id, copy);
}

} // namespace concerto
