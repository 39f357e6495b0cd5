// The sync's view of a record (its bookkeeping and JSON body, as the server and the outbox carry it),
// the tables that sync, and the base copy: the last copy of each record the server confirmed, kept as
// the base of a three-way merge.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace concerto {

// One copy of a record: server version (0: never confirmed), last change, tombstone, compact JSON body.
struct RecordCopy {
    qint64 version = 0;
    QDateTime updatedAt;
    QString updatedBy;
    bool deleted = false;
    QByteArray body;
};

// The aggregate tables that sync with the server, parents before children.
const QStringList &syncedTables();
bool isSyncedTable(const QString &entity);

// The record `id` of `entity` as stored now (nullopt: not in the file).
StoreRead<std::optional<RecordCopy>> storedCopy(Database &db, const QString &entity, const QUuid &id);

// The last confirmed copy of a record (nullopt: the server never confirmed it).
StoreRead<std::optional<RecordCopy>> syncBase(Database &db, const QString &entity, const QUuid &id);
// Keeps `copy` as the record's last confirmed copy, replacing the one before.
StoreResult saveSyncBase(Database &db, const QString &entity, const QUuid &id, const RecordCopy &copy);

// The same with a statement the caller keeps prepared from storedCopySql(entity) or saveSyncBaseSql()
// (bulk paths: a pull of many records).
QString storedCopySql(const QString &entity);
QString saveSyncBaseSql();
StoreRead<std::optional<RecordCopy>> storedCopy(QSqlQuery &prepared, Database &db, const QString &entity,
                                                const QUuid &id);
StoreResult saveSyncBase(QSqlQuery &prepared, Database &db, const QString &entity, const QUuid &id,
                         const RecordCopy &copy);

} // namespace concerto
