// Writes and reads the open sync conflicts.
#include "models/store/syncconflicts.h"
#include "models/domain/record.h"

#include <QSqlQuery>

namespace concerto {

StoreResult recordConflict(Database &db, const SyncConflict &c) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_conflict (entity, record_id, reason, found_at, server_version,"
        " server_updated_at, server_updated_by, server_deleted, server_body, local_id, local_version,"
        " local_updated_at, local_updated_by, local_deleted, local_body, base_version, base_body)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values{c.entity,
                              json::idText(c.recordId),
                              c.reason,
                              json::timeText(c.foundAt),
                              c.server.version,
                              json::timeText(c.server.updatedAt),
                              c.server.updatedBy,
                              c.server.deleted ? 1 : 0,
                              QString::fromUtf8(c.server.body),
                              json::idText(c.localId),
                              c.local.version,
                              json::timeText(c.local.updatedAt),
                              c.local.updatedBy,
                              c.local.deleted ? 1 : 0,
                              QString::fromUtf8(c.local.body),
                              c.base ? QVariant(c.base->version) : QVariant(),
                              c.base ? QVariant(QString::fromUtf8(c.base->body)) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return StoreResult::success();
    logStoreError("keeping a conflict in", QStringLiteral("sync_conflict"), q.lastError());
    return StoreResult::failure(storeErrorMessage(q.lastError(), db.path()));
}

StoreRead<std::vector<SyncConflict>> openConflicts(Database &db) {
    using Read = StoreRead<std::vector<SyncConflict>>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT seq, entity, record_id, reason, found_at, server_version, server_updated_at,"
            " server_updated_by, server_deleted, server_body, local_id, local_version, local_updated_at,"
            " local_updated_by, local_deleted, local_body, base_version, base_body"
            " FROM sync_conflict ORDER BY seq")))
        return Read::failure(readFailure("reading", QStringLiteral("sync_conflict"), q, db.path()));
    auto time = [&](int i) { return QDateTime::fromString(q.value(i).toString(), Qt::ISODateWithMs); };
    std::vector<SyncConflict> all;
    while (q.next()) {
        SyncConflict c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.recordId = QUuid::fromString(q.value(2).toString());
        c.reason = q.value(3).toString();
        c.foundAt = time(4);
        c.server = {q.value(5).toLongLong(), time(6), q.value(7).toString(), q.value(8).toBool(),
                    q.value(9).toByteArray()};
        c.localId = QUuid::fromString(q.value(10).toString());
        c.local = {q.value(11).toLongLong(), time(12), q.value(13).toString(), q.value(14).toBool(),
                   q.value(15).toByteArray()};
        if (!q.value(16).isNull())
            c.base = RecordCopy{q.value(16).toLongLong(), {}, {}, false, q.value(17).toByteArray()};
        all.push_back(std::move(c));
    }
    if (q.lastError().isValid())
        return Read::failure(readFailure("reading", QStringLiteral("sync_conflict"), q, db.path()));
    return Read::success(std::move(all));
}

StoreRead<int> openConflictCount(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflict")) || !q.next())
        return StoreRead<int>::failure(
            readFailure("counting", QStringLiteral("sync_conflict"), q, db.path()));
    return StoreRead<int>::success(q.value(0).toInt());
}

StoreRead<bool> hasOpenConflict(Database &db, const QString &entity, const QUuid &id) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM sync_conflict WHERE entity = ? AND (record_id = ? OR local_id = ?)"));
    const QString text = id.toString(QUuid::WithoutBraces);
    q.addBindValue(entity);
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec() || !q.next())
        return StoreRead<bool>::failure(
            readFailure("reading", QStringLiteral("sync_conflict"), q, db.path()));
    return StoreRead<bool>::success(q.value(0).toInt() > 0);
}

} // namespace concerto
