// Reads and writes the one row of sync_state.
#include "models/store/syncstate.h"
#include "models/domain/record.h"
#include "models/store/outbox.h"
#include "models/store/storelog.h"
#include "models/store/syncconflicts.h"

#include <QSqlQuery>

namespace concerto {

namespace {

StoreResult write(Database &db, const QString &sql, const QVariantList &binds) {
    WriteTransaction tx(db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        logStoreError("writing", QStringLiteral("sync_state"), q.lastError());
        return StoreResult::failure(storeErrorMessage(q.lastError(), db.path()));
    }
    if (q.numRowsAffected() != 1) // the row is made by the migration: a file without it is damaged
        return StoreResult::failure(readFailure("writing", QStringLiteral("sync_state"), q, db.path()));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

} // namespace

StoreRead<SyncState> readSyncState(Database &db) {
    using Read = StoreRead<SyncState>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT device_id, server_url, cursor, last_sync_at FROM sync_state")) ||
        !q.next())
        return Read::failure(readFailure("reading", QStringLiteral("sync_state"), q, db.path()));
    SyncState state;
    state.deviceId = q.value(0).toString();
    state.serverUrl = q.value(1).toString();
    state.cursor = q.value(2).toString();
    state.lastSyncAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    q.finish();
    const StoreRead<int> pending = Outbox(db).count();
    if (!pending.ok())
        return Read::failure(pending.error);
    const StoreRead<int> conflicts = openConflictCount(db);
    if (!conflicts.ok())
        return Read::failure(conflicts.error);
    state.pendingChanges = *pending;
    state.openConflicts = *conflicts;
    return Read::success(state);
}

StoreResult setSyncServer(Database &db, const QString &url) {
    return write(db,
                 // The expressions read the row as it was before the update.
                 QStringLiteral("UPDATE sync_state SET server_url = ?,"
                                " cursor = CASE WHEN server_url IS ? THEN cursor END,"
                                " last_sync_at = CASE WHEN server_url IS ? THEN last_sync_at END"),
                 {url, url, url});
}

StoreResult saveSyncCursor(Database &db, const QString &cursor, const QDateTime &at) {
    return write(db, QStringLiteral("UPDATE sync_state SET cursor = ?, last_sync_at = ?"),
                 {cursor, json::timeText(at)});
}

} // namespace concerto
