// What the meeting's tests share: who acts, a footprint of the meeting's tables to show that a refused
// change wrote nothing, and the setting of a meeting screen test (its settings in the test's folder,
// English texts, the meeting's clock).
#pragma once

#include "models/store/database.h"
#include "services/services.h"

#include <QByteArray>
#include <QDateTime>

class QTemporaryDir;

namespace concerto::test {

// Every row of the session, case, fiche, journal and audit tables, in order: equal before and after
// means nothing was written.
QByteArray meetingFootprint(Database &db);

// A user of role `role`, the professional `professionalId` of the directory.
Actor actorAs(Role role, const QUuid &professionalId);

// Settings under `dir`, English texts and a clock stopped at `now`, for a test of the meeting's screens.
void prepareMeetingScreenTest(const QTemporaryDir &dir, const QDateTime &now);

} // namespace concerto::test
