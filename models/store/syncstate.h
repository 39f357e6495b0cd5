// Where this file stands with the regional server, kept in the file it describes (sync_state, schema
// 14): its device id, the server, the pull cursor and the last sync; the changes waiting to be sent and
// the open conflicts are counted from their own tables.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QDateTime>
#include <QString>

namespace concerto {

struct SyncState {
    QString deviceId;  // made once per file by the migration
    QString serverUrl; // empty: never configured
    QString cursor;    // the server's opaque pull cursor; empty: pull from the start
    QDateTime lastSyncAt;
    int pendingChanges = 0; // the outbox (demo records left out)
    int openConflicts = 0;
};

StoreRead<SyncState> readSyncState(Database &db);
// Sets the server; a different one than before starts its pull again from the start (the cursor of
// one server means nothing to another).
StoreResult setSyncServer(Database &db, const QString &url);
// Records a pull's progress: the cursor after it and when. Joins the transaction open around it, so
// that a pulled page and its cursor are kept together or not at all.
StoreResult saveSyncCursor(Database &db, const QString &cursor, const QDateTime &at);

} // namespace concerto
