// The sync's open conflicts (sync_conflict, schema 14): a server copy that could not be applied, kept
// beside the local copy it met and their base until a person resolves it. Never last-writer-wins.
#pragma once

#include "models/store/syncbase.h"

#include <vector>

namespace concerto {

// Why a server copy became a conflict instead of being applied.
namespace conflictreason {
// The record has local changes the server has not confirmed yet (edit against edit, delete against edit).
inline const char *const pendingChanges = "pending-changes";
// The record is a signed fiche here and the server's copy differs from it.
inline const char *const signedFiche = "signed-fiche";
// Another fiche of the same document holds this version number here (two amendments of one version).
inline const char *const versionTaken = "version-taken";
// Another living session of the same committee is held here on that day (one a day, schema 12).
inline const char *const sessionDayTaken = "session-day-taken";
} // namespace conflictreason

struct SyncConflict {
    qint64 seq = 0;
    QString entity;
    QUuid recordId; // the server copy's record
    QString reason; // conflictreason
    QDateTime foundAt;
    RecordCopy server;
    QUuid localId; // the local record it met: the same id, or the fiche holding the same version
    RecordCopy local;
    std::optional<RecordCopy> base; // the last confirmed copy of the record, if any
};

// Keeps a conflict (replacing the open one of the same record: the newest server copy stands; one that
// applies cleanly removes it).
StoreResult recordConflict(Database &db, const SyncConflict &conflict);
// The open conflicts, oldest first.
StoreRead<std::vector<SyncConflict>> openConflicts(Database &db);
StoreRead<int> openConflictCount(Database &db);
// Whether record `id` of `entity` is either side of an open conflict (a fiche so caught is not signed).
StoreRead<bool> hasOpenConflict(Database &db, const QString &entity, const QUuid &id);

} // namespace concerto
