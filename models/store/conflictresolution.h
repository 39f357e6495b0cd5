// Settling an open sync conflict (syncconflicts.h) of a record changed both here and on the server: the
// server's copy becomes the record's confirmed base, and what the person chose (field by field from the
// base, the server's copy and the local one) is written on top of it as a new local version, sent at the
// next sync on the server's version. One transaction, audited as `conflict-resolved`; never
// last-writer-wins, never a silent choice.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QJsonObject>
#include <optional>

namespace concerto {

// Settles conflict `seq`: `merged` is the record's body as the person settled it (nullopt: the record
// is deleted). When it equals the server's copy, nothing is left to send. The local changes the conflict
// held (their outbox rows) give way to the settled version. Only conflicts of one record changed on both
// sides (reason pending-changes) are settled here; others are refused in words.
StoreResult resolveConflict(Database &db, qint64 seq, const std::optional<QJsonObject> &merged);

} // namespace concerto
